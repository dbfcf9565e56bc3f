"""Genus names in health sources: pathogens, vectors and model organisms.

Citing Medicine capitalises a genus (and italicises it where it can), so a
Title Case title's "Salmonella" or "Aedes" keeps its capital when the rest is
lowered. Genera that are also common English words ("Bacillus" is kept, "Mus",
"Homo" and "Cancer" are not) are left out. A Salmonella serovar after its genus
("Salmonella Newport", "Salmonella Typhimurium") is capitalised too."""

from __future__ import annotations

GENERA = frozenset(
    """
    Salmonella Escherichia Shigella Staphylococcus Streptococcus Enterococcus
    Klebsiella Pseudomonas Acinetobacter Enterobacter Campylobacter Helicobacter
    Listeria Legionella Neisseria Haemophilus Bordetella Mycobacterium Mycoplasma
    Chlamydia Chlamydophila Clostridium Clostridioides Bacillus Yersinia Brucella
    Francisella Coxiella Rickettsia Bartonella Borrelia Treponema Leptospira
    Vibrio Burkholderia Corynebacterium Serratia Proteus Wolbachia
    Plasmodium Toxoplasma Cryptosporidium Giardia Entamoeba Trypanosoma
    Leishmania Schistosoma Taenia Echinococcus Onchocerca Wuchereria Ascaris
    Candida Aspergillus Cryptococcus Pneumocystis Histoplasma Saccharomyces
    Aedes Anopheles Culex Ixodes Glossina Phlebotomus Triatoma
    Drosophila Arabidopsis Caenorhabditis Danio Xenopus Rattus
    """.split()  # noqa: SIM905
)
#: genera whose serovars are named, capitalised, after the genus
SEROVAR_GENERA = frozenset(["Salmonella"])
