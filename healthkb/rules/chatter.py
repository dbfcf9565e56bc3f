"""Recognise writing-tool chatter and content-system leftovers in one line of text.

Used by ``healthkb check`` (the leftover rule) and by ``healthkb import`` (which
removes the lines).  Chatter is what a writing tool says *to its requester*: it
presents the text, talks about its own edits, refers to the request, offers more,
signs off, hedges about itself or leaves a placeholder.  Health writing that speaks
to readers ("Tell your nurse if ...", "Here are the main results.") is not chatter.

The technique is explainable patterns over normalised text: each pattern belongs to
one *kind*, and a finding names that kind.  All patterns are bounded (no nested or
adjacent unbounded quantifiers over the same characters) so a line is scanned in
linear time whatever it contains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from healthkb.rules.chatter_fold import fold, straighten
from healthkb.rules.chatter_furniture import (
    INTERFACE_WORDS,
    OWN_LIFE,
    about_own_life,
    byline_cue,
    furniture_cue,
    own_edit_cue,
    whole_lines,
)
from healthkb.rules.chatter_kinds import KINDS as _MORE_KINDS
from healthkb.rules.chatter_model import learnt_kind
from healthkb.rules.chatter_speech import (
    ACKNOWLEDGED,
    ADVERB_ACKNOWLEDGING,
    TEXT_WORDS,
    UI_WORDS,
    interface_line,
    speech_act,
)
from healthkb.rules.chatter_subject import (
    about_a_tool,
    asks_a_clinician,
    guides_the_reader,
    on_own_blog,
)
from healthkb.rules.chatter_variants import pattern_words, plain_form
from healthkb.rules.chatter_words import wording_kind
from healthkb.rules.regex_alternatives import Alternatives, top_level_branches
from healthkb.rules.regex_literals import required_strings


@dataclass(frozen=True)
class Chatter:
    kind: str
    #: the normalised words that matched, for the message
    cue: str
    #: found by the learnt layer alone: probable, not certain, so a person decides
    #: (``check`` warns, silenceable with a reason; ``import`` keeps the line)
    tentative: bool = False


#: contractions written without an apostrophe, and frequent typos of cue words
_TYPOS = {
    "heres": "here's",
    "hers's": "here's",
    "here;s": "here's",
    "hre's": "here's",
    "hree's": "here's",
    "herre's": "here's",
    "heer's": "here's",
    "ive": "i've",
    "iv'e": "i've",
    "im": "i'm",
    "ill": "i'll",  # only used after "okay"/"sure" or at a line start, see below
    "id": "i'd",
    "youve": "you've",
    "youd": "you'd",
    "youre": "you're",
    "thats": "that's",
    "its": "it's",
    "couldnt": "couldn't",
    "cant": "can't",
    "didnt": "didn't",
    "wasnt": "wasn't",
    "dont": "don't",
    "lets": "let's",
    "darft": "draft",
    "drafft": "draft",
    "drat": "draft",
    "verison": "version",
    "vesion": "version",
    "artcile": "article",
    "aritcle": "article",
    "reuqested": "requested",
    "requsted": "requested",
    "instrucitons": "instructions",
    "insturctions": "instructions",
    "provded": "provided",
    "porvided": "provided",
    "hlep": "help",
    "helsp": "helps",
    "hepls": "helps",
    "summray": "summary",
    "rewriten": "rewritten",
    "okey": "okay",
    "oky": "okay",
}
#: these typo fixes change real words, so they apply only where a pronoun fits
_PRONOUN_ONLY = {"ill", "id", "im", "lets", "cant", "dont", "its"}
_WORD = re.compile(r"[a-z';]+")


def normalise(text: str) -> str:
    """Casefolded, straight apostrophes and quotes, no emphasis marks, one space,
    common typos of the cue words fixed."""
    text = fold(text).replace("`", "'")
    text = text.replace("**", "").replace("__", "")
    words = text.split()
    fixed = []
    for index, word in enumerate(words):
        core = word.strip('*_.,!?:;()[]"')
        fix = _TYPOS.get(core)
        if fix and core in _PRONOUN_ONLY:
            # "ill"/"id" as "I'll"/"I'd" only at the start of a line or clause
            previous = words[index - 1] if index else ""
            if (
                index
                and not previous.endswith((",", ".", "!", ":"))
                and previous
                not in (
                    "okay",
                    "ok",
                    "sure",
                    "and",
                )
            ):
                fix = None
        if fix:
            word = word.replace(core, fix, 1)
        fixed.append(word)
    return " ".join(fixed)


_WRITING = (
    r"(?:draft|drafts|version|versions|rewrite|revision|article|post|blog|blog post|"
    r"piece|copy|text|content|outline|summary|overview|edit|edits|changes|"
    r"paragraphs?|sections?|headings?|subheadings?|headlines?|titles?|intro|"
    r"introduction|conclusion|tone|wording|language|terms|terminology|jargon|"
    r"sentences?|structure|format|formatting|flow|readability|keywords?|"
    r"meta description|references|citations|sources|bullet points?|list|lists|"
    r"word count|length|style|voice|call to action|faq|seo|statistics|figures|claims|"
    r"disclaimer|quotes?|examples|studies|key points|main points|points|"
    r"placeholders?|gaps|comments|notes|opening|ending|draft's)"
)
_OBJECT = r"(?:(?:the|your|this|that|a|an|my|each|every|some|all|any|more|its)\s)?"
_EDIT_VERB = (
    r"(?:kept|made|simplified|rewritten|rewrote|revised|edited|added|removed|"
    r"included|used|tried|focused|focussed|structured|restructured|expanded|"
    r"shortened|condensed|adjusted|changed|incorporated|organized|organised|"
    r"reorganized|reorganised|aimed|written|wrote|drafted|toned|replaced|avoided|"
    r"highlighted|broken|split|formatted|cut|softened|updated|polished|reworded|"
    r"rephrased|streamlined|trimmed|tightened|clarified|maintained|preserved|"
    r"ensured|left|omitted|retained|followed|emphasized|emphasised|bolded|"
    r"combined|merged|moved|inserted|corrected|fixed|checked|framed|tailored|"
    r"created|generated|prepared|put together|compiled|crafted|taken|done|gone|"
    r"translated|converted|italicized|marked|flagged|labelled|labeled|kept it|"
    r"went with|opted for|settled on|stuck with|based|chose|picked|leaned on)"
)
_FUTURE_VERB = (
    r"(?:add|write|expand|revise|rewrite|adjust|tailor|create|draft|include|"
    r"provide|make|help|generate|shorten|simplify|tweak|modify|update|change|"
    r"tone|format|prepare|produce|suggest|give|continue|refine|polish|edit|"
    r"research|find|look|put|craft|convert|translate|elaborate|incorporate|"
    # "try to" only towards the text or its requester: "I will try to avoid that."
    # is a writer's promise to readers, "I'll try to keep it short" a tool's
    r"focus|start|begin|keep|break|use|aim|try(?! to\b(?![^.!?]{0,120}\b(?:you|your|"
    r"it|this(?! (?:week|month|year|weekend|morning|evening|time)\b)|"
    + _WRITING[3:-1]
    + r")\b))|do|work|come up|populate|fill|"
    r"restructure|reorganise|reorganize|rework|cover|outline|structure|rephrase|"
    r"turn|send|share|split|combine|draw up|whip up|sketch)"
)

#: a note between the people making the article, by its label at the line's start
#: ("EDITOR'S NOTE: Natalie, please check …", "Notes for editor: word count …"):
#: the whole line is the note
EDITORS_NOTE = "an editor's note"

_KINDS: tuple[tuple[str, str], ...] = (
    (
        EDITORS_NOTE,
        r"^\W*(?:editor'?s'? notes?|notes? (?:to|for) (?:the )?(?:editors?|writers?|"
        r"authors?|reviewers?|designers?|design(?: team)?|sub-?editors?|subs|self)|"
        r"internal notes?|reviewer'?s notes?|writer'?s notes?|author'?s notes? to "
        r"(?:the )?editors?)\s*(?::|\s[-\u2013\u2014]\s)",
    ),
    (
        "presenting the text",
        r"^(?:(?:okay|ok|sure|certainly|of course|absolutely|alright|all right|great|"
        r"got it|no problem|perfect|done|yes|understood|sounds good)\b[^a-z]{0,4}"
        r"(?:[a-z]+\W{1,3}){0,6}?)?"
        r"(?:here(?:'s| is| are| you go)|below (?:is|are|you'll find|you will find)|"
        r"please find|i've (?:put together|prepared|created|written|drafted)|"
        r"this is (?:a|an|the|your|my) (?:\w+[ -]){0,3}?(?:draft|version|rewrite|"
        r"revision|rewritten|revised))"
        r"(?:\s(?:a|an|the|your|my|our|some|that|this))?"
        # ("my take" is a text; in "measures you can take" and "tips on how to
        # take care" the word is a verb)
        r"(?:\s(?!you\b|we\b)[\w,-]+){0,5}?\s(?:draft|version|rewrite|revision|"
        r"rewritten|revised|updated|edited|polished|post|blog|article|outline|copy|"
        r"piece|(?<!\bto )(?<!\bcan )take|attempt|summary|overview|breakdown|text|"
        r"content)\b",
    ),
    (
        "presenting the text",
        r"^(?:okay|ok|sure|alright|all right|got it|"
        r"no problem|great question|great idea|perfect|understood)"
        r"(?:[!.,:]|\s*$)|"
        # a sentence adverb with a comma opens an article's sentence too ("Of
        # course, regular visits to the dentist are ..."): an acknowledgement only
        # when the tool goes on to speak or present ("Of course, I'd be happy ...",
        # "Certainly, ... Below is ...") or says no more
        r"^" + ADVERB_ACKNOWLEDGING + r"(?:[!.:]|\s*$|,(?=" + ACKNOWLEDGED + r"))",
    ),
    ("presenting the text", r"^here you go\b|^here it is\b|^as promised\b"),
    (
        "presenting the text",
        # "Here's a list of questions you may wish to ask": the reader's list
        r"^(?!.{0,120}\byou (?:may|might|can|could) (?:wish|want|like)\b)"
        r"(?:here(?:'s| is| are)|below (?:is|are)) (?:a|an|the|your|my) "
        r"(?:[\w-]+ ){0,4}?(?:summary|overview|list|breakdown|version)\b"
        r"[^.]{0,80}(?::\s*$|\bfor you\b|\byou (?:asked|requested|wanted))",
    ),
    (
        "the tool about its own edits",
        # "I", not "we": a publisher's "We have also included quotes from people
        # who have cancer." is the article's own voice (no corpus chatter needs "we")
        r"\bi(?:'ve| have|'d| had)? (?:also |now |just |"
        r"carefully |deliberately |intentionally |tried to |made sure to |"
        r"been sure to )?"
        + _EDIT_VERB
        + r"\b[^.!?]{0,80}?\b"
        + _OBJECT
        + _WRITING
        + r"\b",
    ),
    (
        "the tool about its own edits",
        r"\b(?:i(?:'ll| will| can| could| would| am going to|'m going to| shall)|"
        r"let me|i'd be (?:happy|glad) to|i am (?:happy|glad) to|i'm (?:happy|glad) "
        r"to)(?: also| then| now| gladly| next| happily)? " + _FUTURE_VERB + r"\b",
    ),
    (
        "the tool about its own edits",
        r"\bi(?:'ve| have)? (?:also |now |just )?(?:rewritten|rewrote|rephrased|reworded|"
        r"redrafted|restructured|reorgani[sz]ed|condensed|proofread|copy-?edited|"
        r"paraphrased|summari[sz]ed|simplified|tightened|trimmed|drafted|formatted|"
        r"reframed|reworked|recast|refocused)\b",
    ),
    (
        "the tool about its own edits",
        # ("I tried acupuncture once": trying a thing is the writer's life; a tool
        # tried *to* do something to the text, or has tried)
        r"\b(?:i(?:'ve| have)? (?:focused|aimed|tried to|kept|written|made)|"
        r"i(?:'ve| have) tried|i "
        r"(?:made sure|took care|was careful|chose|opted|decided))\b",
    ),
    (
        "the tool about its own edits",
        r"\b(?:(?:the|this|my) (?:draft|rewrite|revision|version|revised "
        r"(?:text|version|draft)|rewritten (?:text|version|post))) (?:is|has been|"
        r"now|keeps|uses|aims|focuses|follows|includes|maintains|was)\b",
    ),
    (
        "the requester's request",
        # "help you provided ...": after a verb "you" is the reader, not a requester
        r"\b(?<!help )(?<!helps )(?<!let )(?<!tell )(?<!give )(?<!show )"
        r"(?:you(?:'ve| have)? (?:asked|requested|wanted|specified|mentioned|"
        r"provided|gave|shared|sent|supplied|outlined|pasted|uploaded|attached|"
        r"indicated|described|listed) (?:for|me|it|the|a|that|to|in|earlier|above|"
        r"below)?|as (?:requested|asked|specified|wanted)\b|"
        # "take it as directed", "as described above", "as discussed with your
        # doctor" are health writing: those verbs are a request only after "you"
        r"as you (?:requested|asked|instructed|specified|directed|wanted|mentioned|"
        r"described|discussed)|per your (?:request|instructions|"
        r"brief|guidelines|notes)|"
        # "read the instructions that come with your medicine" is the reader's
        r"your (?:original )?(?:instructions|prompt|brief|specifications)\b|"
        r"the (?:original )?(?:prompt|brief)\b|(?:your|the) original request\b|"
        r"(?:the )?(?:source material|material|text|notes|information|outline|"
        r"draft|article|document|content|points|details|guidelines|instructions|"
        r"requirements|specifications) (?:that )?you "
        r"(?:provided|gave|shared|sent|supplied|pasted|uploaded|attached|wrote)|"
        # "based on your treatment plan" is the reader's: the requester's material only
        r"based on (?:your (?:notes|draft|outline|input|request|instructions|brief|"
        r"prompt|text|description|feedback|points|requirements|answers|comments|"
        r"original|article|document|content|suggestions|specifications)|the provided|"
        r"the information you)|"
        r"(?:following|in line with|according to) your (?:request|instructions|brief|"
        r"notes|guidelines|style|prompt))",
    ),
    (
        "an offer or question to the requester",
        r"^(?:would|do|shall|should|can|could|want) (?:you like |you want )?"
        r"me (?:to |also |now )?\w|"
        # "Can I take ibuprofen?", "Do I need more help?" are a patient's questions:
        # "I" offers only with a verb of writing
        r"^(?:shall|should|can|could) i (?:also |now |then )?(?:add|write|rewrite|"
        r"shorten|expand|include|draft|create|turn|go ahead|adjust|tweak|provide|"
        r"generate|format|revise|edit|polish|simplify|summari[sz]e|translate|"
        r"rephrase|reword|suggest)\b",
    ),
    (
        "an offer or question to the requester",
        r"\b(?:would you like (?:me\b|(?:a |an |the |any |some |more |to see |to add |"
        r"to have )?(?:[\w-]+ ){0,3}?(?:version|draft|revision|rewrite|changes|"
        r"adjustments|edits|tweaks|section|conclusion|introduction|intro|summary|"
        r"headline|title|meta description|keywords|references|sources|images?|"
        r"variations?|options|alternatives|expanded|shorter|longer)\b)|"
        r"(?:do you want|would you prefer|do you need|should i (?:write|do|make)) (?:a|an|"
        r"the|another|me to write a) (?:[\w-]+ ){0,3}?(?:version|draft|rewrite|summary|"
        r"translation|variant|edition)\b|do you want me\b|want me to\b|should i (?:add|write|include|expand|"
        r"also|shorten|rewrite)\b|shall i\b|"
        r"i can also\b|i could also\b|if you(?:'d| would)? (?:like|prefer|want|"
        r"need)(?: it| that| this)?,? i\b|if needed,? i\b|"
        r"(?:just |please )?let me know\b|feel free to (?:ask|adjust|tweak|edit|"
        r"modify|change|reach out|let me|use|request|tell|customi[sz]e)|"
        r"happy to (?:adjust|revise|expand|tweak|make|help|add|write|refine|"
        r"change|rework|shorten|provide|create|draft)|"
        r"(?:any|other) (?:further )?(?:changes|tweaks|edits|adjustments|"
        r"revisions)\b[^.]{0,40}\?|(?:is there|anything) (?:anything )?else "
        r"(?:i can|you(?:'d| would) like)|tell me (?:if|what|how|whether) you\b|"
        r"just say the word|ready when you are|how does (?:this|that) (?:look|sound)|"
        r"does (?:this|that) (?:work|look good|meet|capture|fit) (?:for )?you)",
    ),
    (
        "a sign-off",
        r"(?:^|\b)(?:i )?hope (?:this|that|it|these|the (?:draft|article|post|"
        r"revision|rewrite|version)) (?:helps|is (?:helpful|useful|what|a good|"
        r"close|in line)|was (?:helpful|useful)|works|meets|gives|fits|captures)\b|"
        r"\bhope (?:this|the|my) (?:[\w-]+ ){0,4}?(?:version|draft|rewrite|revision|"
        r"article|post)\b[^.]{0,30}?\b(?:meets|works for|helps|fits|is what)\b|"
        r"\bhope you (?:find|found|like|enjoy) (?:this|it|the (?:draft|article|post|"
        r"piece|version))\b|\bglad (?:i could|to) (?:help|assist)|\bhappy to help\b|"
        r"^(?:happy (?:writing|editing|publishing|blogging|coding|drafting)|good luck with (?:the|"
        r"your) (?:post|article|blog|publication|draft|piece|website|site)|"
        r"best of luck with (?:the|your) (?:post|article|blog|draft|piece))|"
        r"\b(?:thanks|thank you) for (?:the|your) (?:request|opportunity|prompt|"
        r"patience|feedback on the draft)\b|\benjoy (?:the|your) (?:draft|post|"
        r"article)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\b(?:i|we) (?:could not|couldn't|cannot|can't|was unable to|were unable "
        r"to|did not|didn't|am unable to|am not able to|wasn't able to|was not able "
        r"to|weren't able to|were not able to|have not|haven't|don't "
        r"have the ability to|do not have the ability to) (?:independently |fully |"
        r"personally )?(?:verify|confirm|check|access|find|browse|locate|"
        r"fact[- ]check|open|read|look up|guarantee|validate)\b|"
        r"\bi (?:don't|do not) have (?:access|real-time|internet|browsing|"
        r"the ability)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\bplease (?:double[- ]?check|verify|check|review|confirm|fact[- ]check|"
        r"cross[- ]check|validate|ensure)\b[^.]{0,100}?\b(?:before (?:publishing|"
        r"publication|posting|you publish|going live|sharing|using it|use)|"
        r"accuracy|accurate|against|sources?|numbers|figures|statistics|"
        r"citations|references|dosages?|facts|details|claims|studies|links)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\b(?:should|must|need to|needs to|will need to) be (?:double[- ]?checked|"
        r"verified|fact[- ]checked|checked against|cross[- ]checked|confirmed "
        r"against|reviewed by a (?:medical|clinical|qualified|health))|"
        r"^\W*(?:caveat|note to (?:self|editor|the editor|ai|writer)|editor'?s note|"
        r"internal note|reviewer note|writer'?s note|ai note)\s*:|"
        r"\bas an ai\b|\bas a (?:large )?language model\b|\bi(?:'m| am) (?:just )?an "
        r"ai\b|\bi(?:'m| am) not a (?:doctor|medical professional|clinician)\b|"
        r"\bthe ai (?:will|should|can|has|generated|wrote|model)\b|"
        r"\b(?:to be |will be |should be )?(?:populated|filled in|filled|generated|"
        r"determined|completed|written|suggested|chosen|added|selected) by "
        r"(?:the )?(?:ai|a(?:n)? (?:ai|llm|model)|chatgpt|the model)\b|"
        r"\bai[- ](?:determined|suggested|selected)\b|"
        # the tool's text is AI-made; "With AI-generated recipes, cooks ..." is news
        r"\bai[- ](?:generated|written|created)(?= (?:summary|summaries|content|text|"
        r"draft|article|post|description|keywords?|tags?|titles?|outline|answer|"
        r"response|reply|version|copy|meta)\b|\W*$| (?:and|by|with)\b)|"
        r"\b(?:is|was|been|being) ai[- ](?:generated|written|created)\b|"
        r"\b(?:my|the model's) (?:knowledge|training) (?:cutoff|cut-off|data)\b|"
        r"\bknowledge cut-?off\b|\bai to (?:populate|fill|generate|complete|determine|"
        r"suggest|choose|add)\b|\bon (?:my )?general knowledge\b|\bmy training\b|"
        r"\b(?:note to|instructions? (?:for|to)) (?:the )?ai\b|"
        # "hallucinations" alone is a symptom (psychosis): only the tool's own
        r"\b(?:(?:i|the model|the ai|ai|chatgpt) (?:may |might |could |can )?(?:have )?"
        r"hallucinat\w*|ai hallucinations?|hallucinated (?:references?|citations?|"
        r"sources?|facts?|studies)|may contain inaccuracies as i)\b",
    ),
    (
        "a placeholder",
        r"\[\s*(?:insert|add|include|image|img|photo|picture|figure|fig|graphic|"
        r"chart|diagram|video|infographic|illustration|screenshot|link|url|"
        r"citation|cite|source|ref|reference|quote|your|name|author|date|"
        r"placeholder|caption|cta|tbd|todo|to do|expert|statistic|stat|number|"
        r"example|company|brand|location|clinic|product|call to action|"
        r"citation needed)\b[^\]]{0,200}\](?!\()|"
        r"\(\s*(?:insert|add|include|image|img|photo|picture|graphic|diagram|"
        r"placeholder|link to|cite|citation|source needed|quote from|"
        r"expert quote|tbd|todo)\b[^)]{0,200}\)|"
        r"^\W*(?:word count|approx(?:imate|\.)? word count|total words|reading level|"
        r"target word count)\s*:?\s*(?:~|approx\w*\.?\s|about\s|around\s)?\s*\d|"
        r"\bword count (?:is|was|comes to)\b|"
        r"^\W*(?:estimated )?(?:reading|read) time\s*:|\b\d{3,4}\s+words?\s*\)?\s*$|"
        r"\blorem ipsum\b|\{\{\s*[\w .-]{1,60}\}\}|\bcitation needed\b|"
        r"(?<!\bto )\b(?:insert|add|include|place|put) (?:a |an |the |your |relevant |"
        r"appropriate )?(?:[\w'-]+ ){0,4}?(?:here|below|above)\b|"
        r"^\W*(?:image|photo|picture|figure|graphic|visual|infographic|"
        r"illustration|suggested image|image suggestion|image idea)s?\s*"
        r"(?:\d+\s*)?:",
    ),
    (
        "a content-system leftover",
        r"^\W*(?:posted|published|written|filed|submitted|last updated) "
        r"(?:by|on|in|under)\b|"
        r"^\W*by [\w .'-]{2,60}(?:\||\u2022|\u00b7| - | on )[\w .,'-]{2,60}$|"
        r"\b\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.? read\b|"
        r"^\W*(?:share(?: this(?: post| article| story| page)?)?|tweet this|pin it|"
        r"email this|tags|categories|comments)\W*$|"
        r"^\W*share (?:this (?:post|article|story|page)|on|via|with (?:your )?friends)"
        r"\b|^\W*share\s*:|"
        r"^\W*comments?\s*[(:]\s*\d|^\W*\d+\s+(?:comments?|responses?|replies|reply|"
        r"thoughts? on|likes?|shares?)\b|"
        r"^\W*(?:related (?:posts|articles|stories|reading|content|topics)|"
        r"you (?:might|may) also (?:like|enjoy|be interested)|more (?:from|like "
        r"this|stories|articles)|recommended (?:for you|reading|articles|posts)|"
        r"read next|popular (?:posts|articles)|recent posts|"
        r"trending (?:now|posts)|further reading on our blog)\b|"
        r"^\W*leave a (?:reply|comment|response)|"
        r"^\W*(?:tags|tagged(?: with| as| in)?|filed under|categories|category|"
        r"topics)\s*:|\bpowered by (?:wordpress|wix|squarespace|ghost|blogger|"
        r"medium|hubspot|drupal|joomla|substack|shopify|tumblr|jekyll|hugo)\b|"
        r"^\W*powered by\b|\b(?:subscribe|sign up|join) (?:to|for|our) (?:our |the "
        r"|my )?(?:newsletter|blog|channel|mailing list|updates|podcast|free)\b|"
        r"^\W*subscribe\b|\bclick here to (?:subscribe|share|comment|read|"
        r"download|learn)|^\W*(?:previous|next|older|newer) (?:post|article|"
        r"entry|story)\b|\ball rights reserved\b|"
        r"^\W*(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?\d{4}|^\W*(?:like|follow) us on\b|"
        r"\bskip to (?:main )?content\b|^\W*(?:home|menu)\s*[>\u203a\u00bb/|]|"
        r"^\W*(?:about the author|author bio|cookie(?:s)? (?:policy|settings|"
        r"consent)|accept (?:all )?cookies|print this (?:page|article)|"
        r"back to top|table of contents|in this article|jump to)\b\W*$|"
        r"\b(?:was|did you find) this (?:article|page|post|information|document|"
        r"answer|content|video) "
        r"(?:helpful|useful)\b|"
        r"^\W*(?:[\d,.]{1,9}k?|no) (?:views|reads)\b|"
        r"^\W*(?:(?:updated|published|posted|last updated)(?: on)?:? )?(?:(?:mon|tue|wed|"
        r"thu|fri|sat|sun)[a-z]{0,6},? )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|"
        r"apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?"
        r"\d{4}\W*$|^\W*\d{4}-\d{2}-\d{2}\W*$|\bwas this (?:article|page|post) "
        r"helpful\b|^\W*(?:reply|log in to reply|report)\W*$",
    ),
    # round 5: generalised from the held-out misses, one entry per kind
    (
        "presenting the text",
        r"^(?:happy to|sure thing|will do|you got it|gladly|with pleasure)\s*[!.,:]|"
        r"^(?:here(?:'s| is| are)|below (?:is|are)) (?:a|an|my|the|some) (?:[\w-]+ ){0,3}?"
        r"(?:first pass|rough cut|suggested (?:structure|outline|plan|layout)|"
        r"proposed (?:structure|outline|layout))\b",
    ),
    (
        "the tool about its own edits",
        r"^\W*(?:changes made|summary of (?:edits|changes|revisions)|key changes|"
        r"what i changed|edits made|revisions made|main changes|changes i made)\b|"
        r"^\W*note\s*:\s*i(?:'ve| have)? \w|"
        r"\bin this (?:version|draft|revision|rewrite|edit)\b|"
        r"^\W*the (?:tone|wording|language|intro|introduction|conclusion|structure|"
        r"flow|headline|title|ending|opening|call to action|voice|style) (?:is|reads) "
        r"now\b|"
        r"\bi(?:'ve| have)? (?:swapped|switched|reordered|went for|stuck to|"
        r"stuck with|toned down|put|set|placed|marked|highlighted)\b[^.!?]{0,80}?\b"
        r"(?:" + _OBJECT + _WRITING + r"|in (?:bold|italics|red|yellow)|voice|order)\b|"
        r"\b(?:in|marked in|shown in) (?:italics|bold|red|yellow|highlight)\b"
        r"[^.!?]{0,30}\b(?:is|are) (?:new|added|changed|mine|my (?:changes|edits))\b|"
        r"\bso i (?:assumed|guessed|went with|chose|kept|aimed|used|wrote|opted|"
        r"left|picked|focused)\b",
    ),
    (
        "the requester's request",
        r"\byou (?:said|told me|mentioned|noted|specified)\b[^.!?]{0,100}\bso i\b|"
        r"\b(?:in|from|of) your (?:outline|brief|prompt|instructions|original (?:text|"
        r"draft|post)|message|email|request|draft)\b|"
        r"\byour (?:brief|outline|instructions|prompt|request|original text) "
        r"(?:didn't|did not|doesn't|does not|said|says|mentioned|asked|had|called|"
        r"listed|included)\b",
    ),
    (
        "an offer or question to the requester",
        r"\byou(?:'d| would) like me to\b|"
        r"\b(?:just )?say (?:if|whether|when) you(?:'d| would)? (?:like|want|prefer)\b|"
        r"^(?:need|want|prefer|fancy) (?:a|an|me to|it|the|another)\b[^?]{0,60}\b"
        r"(?:version|draft|rewrite|edit|headline|title|summary|variant|tone|take)\b|"
        r"\bwould you (?:prefer|rather|like)\b[^?]{0,60}\b(?:tone|version|draft|"
        r"wording|style|headline|title|format|length|rewrite|intro|ending)\b|"
        r"^should (?:this|it|the (?:post|article|piece|draft|text|copy)) (?:be )?"
        r"(?:written|aimed|pitched|targeted|tailored|framed|in)\b|"
        r"\bdo you have (?:a|any) (?:word (?:limit|count)|length|target audience|"
        r"style guide|preferred (?:tone|style|length|format)|tone)\b|"
        r"\bwhich (?:of (?:these|the|my) )?(?:headlines?|titles?|versions?|drafts?|"
        r"intros?|openings?|taglines?|rewrites?)\b[^?]{0,40}\bdo you\b",
    ),
    (
        "a sign-off",
        r"\b(?:good|best of) luck with (?:the |your )(?:[\w-]+ ){0,2}?(?:post|article|"
        r"blog|publication|draft|piece|website|site|launch|newsletter|leaflet|campaign|"
        r"submission|edits)\b|"
        r"\bthanks? (?:you )?for using (?:the |this |our )?(?:assistant|writing tool|"
        r"ai|chatgpt|bot|me)\b|"
        r"\bthanks? (?:you )?for (?:the|this) (?:chance|opportunity) to (?:work|write|"
        r"help|edit|collaborate)\b",
    ),
    (
        "the tool's caveat about itself",
        # "I may have made it worse by scratching": a patient's; a tool's slip is over
        # the text's facts
        r"\bi (?:may|might|could) have (?:gotten|got|made|misread|misremembered|"
        r"mixed|confused|misquoted)\b[^.]{0,60}\b(?:wrong|up|mistakes?|errors?|"
        r"figures?|numbers?|statistics?|stats|facts?|details?|sources?|references?|"
        r"citations?|dates?|quotes?|studies|study|names?|dosages?|doses?|your)\b|"
        r"\bi(?:'m| am) not (?:certain|sure|confident) (?:that |whether |if |about )?"
        r"(?:this|that|these|the|my) (?:[\w-]+ ){0,2}?(?:statistic|figure|number|"
        r"source|study|claim|guidance|dose|dosage|reference|link|fact|quote|"
        r"information)s?\b|"
        r"\bmy (?:information|knowledge|data) (?:may|might|could|is|was)\b|"
        # "quoted from memory" is the tool's; "never guess the dose from memory" a reader's
        r"\bbased on (?:my )?memory\b|\bfrom my memory\b|\b(?:are|is) from memory\b|"
        r"\b(?:written|wrote|quoted|"
        r"cited|listed|typed|drafted|given|working|going) (?:[\w,]+ ){0,3}?from memory\b|"
        r"\bi (?:made up|invented|fabricated|guessed)\b|"
        r"\b(?:written|drafted|generated|created|produced|translated) "
        r"(?:with the help of|with|"
        r"using|by) (?:an? |the )?(?:ai|chatgpt|gpt|llm|language model|writing tool|"
        r"ai tool)\b|"
        r"\b(?:automatically generated|generated automatically|machine[- ]generated|"
        r"auto-?generated)\b|"
        r"\b(?:this|the) (?:text|draft|content|copy|piece) (?:has not|hasn't|was not|"
        r"wasn't) (?:yet )?been (?:reviewed|checked|fact-checked|verified)\b|"
        r"\b(?:i|we)(?:'m| am|'re| are) (?:unable|not able) to (?:verify|confirm|check|"
        r"access|find|browse|guarantee|validate)\b|"
        r"^please (?:make sure to |be sure to |remember to )?(?:have|get|ask) "
        r"(?:a |an |the |your )?(?:clinician|doctor|pharmacist|expert|professional|"
        r"editor|gp|nurse|specialist|medical (?:reviewer|professional))\b[^.]{0,60}"
        r"\b(?:review|check|verify|look over|read)\b|"
        r"^please (?:make sure to |be sure to |remember to )(?:double[- ]?check|verify|"
        r"check|fact[- ]check|confirm)\b|"
        r"\bbefore (?:it|this) (?:is|goes|gets|'s) (?:published|live|posted|out)\b",
    ),
    (
        "a placeholder",
        r"<\s*(?:insert|add|include|link|image|photo|picture|quote|name|source|"
        r"citation|placeholder|tbd|todo)\b[^>]{0,200}>|"
        r"^\W*(?:todo|tbd|fixme|tbc)\b\s*[:\-]|"
        r"\bx{2,}\s?%|"
        r"\(\s*(?:find|check|confirm|get|verify|look up) (?:the |a )?(?:real|actual|"
        r"exact|correct|latest|right)\b[^)]{0,60}\)|"
        r"[\[(]\s*(?:reference|references|source|sources|citation|link|quote|figure|"
        r"stat|statistic|image|photo|name|date|details?)s? (?:to be|needed|tbc|tbd|"
        r"required|goes here|here)\b[^\])]{0,60}[\])]",
    ),
    (
        "a content-system leftover",
        r"^\W*(?:continue reading|keep reading|read full (?:article|story|post))\b"
        r"[^a-z]*$|"
        # a bare "Read more" can be a heading; with an ellipsis or arrow it is a link
        # (normalising turned a guillemet into a straight quote)
        r"^\W*read more\s*(?:\.{3}|\u2026|\"|>|\u2192|\u203a)\W*$|"
        r"\bthis entry was posted\b|\bbookmark the permalink\b|^\W*permalink\W*$|"
        r"^\W*(?:like|rate) this\s*:|\blike loading\b|"
        r"^\W*(?:pingback|trackback)\s*:|\bprint friendly\b|"
        r"^\W*(?:advertisement|sponsored(?: content| post)?|paid (?:content|"
        r"partnership)|promoted(?: content)?)\W*$|"
        r"\baffiliate links?\b|"
        r"^\W*listen to this (?:article|story|post|page)\b|"
        # cookie banners and comment forms, as sentences
        r"\b(?:we|this (?:site|website)) uses? cookies\b|\b(?:our )?use of cookies\b|"
        r"\bcookies? (?:policy|preferences|notice)\b|"
        r"\byour email address will not be published\b|"
        r"\brequired fields are marked\b|\bsave my name, email\b|"
        r"^\W*continue reading (?:on|at|in|below)\b|\bcontinue reading below\b|"
        r"^\W*originally (?:published|posted) (?:at|on) [\w-]+\.[a-z]|"
        r"^\W*brought to you by\b|"
        r"^\W*(?:get|download) the app\W*$|^\W*rate this (?:article|post|page|story|"
        r"answer)\b|^\W*sort(?:ed)? by\s*:|^\W*back to (?:results|search|top|list)\W*$|"
        r"^\W*showing \d+\s*[-\u2013]\s*\d+ of \d+\b|"
        # round-probe 2: Blogger gadgets, docs chrome, sign-in and consent boxes
        r"\btheme images by\b|^\W*improve this (?:doc|docs|page|article)\b|"
        r"^\W*(?:last )?updated(?: on)?\s*:?\s*\d{4}-\d{2}-\d{2}\W*$|"
        r"^\W*(?:previous|next) (?:topic|chapter|lesson|slide)\W*$|"
        r"^\W*(?:was|is) this (?:helpful|useful)\s*\?|"
        r"^\W*read the full (?:story|article|post)\b|"
        r"^\W*(?:continue|sign in|sign up|log in) with (?:google|apple|facebook|email|"
        r"microsoft|github)\b|\byou are (?:not )?(?:signed|logged) in\b|"
        r"\bwe value your privacy\b|\bnecessary cookies\b|"
        r"\bthis should (?:fix|solve|resolve) the (?:issue|problem|error|bug)s? you\b|"
        # probe 3: document hosts, docs-site builders, icon labels
        r"\bread the docs\b|\b(?:built|made|created) with (?:sphinx|mkdocs|jekyll|hugo|"
        r"docusaurus|gitbook)\b|\b(?:theme|hosting) provided by\b|"
        r"^\W*uploaded by(?:\s+[\w.@-]+){0,2}\s*$|\b(?:flag|report) (?:for |as )?inappropriate\b|"
        r"\bis this content inappropriate\b|^\W*page \d+ and \d+\s*:|"
        r"^\W*(?:(?:star|heart|thumbs? up|thumbs? down|bookmark) ){1,6}outlined\W*$|"
        # metered and professional-only sites' banners, document-host adverts
        r"\bwithout (?:signing|logging) in\b|^\W*create (?:an|a free) account\b|"
        r"\bthis (?:site|website|page) is (?:intended|only) for (?:healthcare |health "
        r"care |medical )?professionals\b|^\W*page created by\b|\be-?papers?\b|"
        r"\bflip-?books?\b",
    ),  # round 7 (an independent corpus of real leftovers): generalised by kind
    (
        "a content-system leftover",
        # buttons and widgets that stand alone on a line
        r"^\W*(?:copy(?: code| to clipboard| link)?|edit|view more|load more|show more|"
        r"see more|read less|show less|yes\W*no|print|email|share on \w+|"
        # single buttons no leaflet line is made of ("Listen", "Save" can be)
        r"previous|next|like|follow|clap|upgrade|"
        r"(?:checking|loading)(?:,? please wait)?)\W*$|"
        r"^\W*(?:comments?|responses?|replies)\s*[(:]\s*\d|"
        r"^\W*no (?:comments|responses|replies)(?: yet)?\W*$|"
        r"^\W*(?:post|add|write|leave|submit) a (?:comment|reply|response)\b|"
        r"^\W*(?:join|start) the (?:discussion|conversation)\b|"
        r"^\W*comments? (?:are|is) (?:moderated|closed|disabled|welcome|turned off)\b|"
        r"\bthis comment has been (?:removed|deleted|hidden)\b|"
        r"^\W*(?:latest|recent|top|newest|most recent) (?:comments|posts|articles|"
        r"stories)\b|\bmost (?:popular|read|viewed|shared) (?:posts|articles|stories)\b|"
        r"^\W*recommended (?:from|by|on) \w|"
        r"^\W*links? to this (?:post|article|page)\b|"
        r"^\W*search (?:this|the|our) (?:blog|site|website)\b|"
        r"^\W*labels\s*:|"
        r"\bfollow (?:me|us) on \[?(?:medium|twitter|x|facebook|instagram|linkedin|"
        r"substack|tiktok|youtube|mastodon|bluesky)\b|"
        r"\b(?:become a patron|buy me a coffee|support (?:me|us) on (?:patreon|ko-fi))\b|"
        r"\b(?:click|tap) to (?:view|enlarge|zoom|expand)\b|\bview image in full size\b|"
        r"\bsubscrib(?:e|ing) (?:for free )?to (?:the |our |my |this )?(?:newsletter|"
        r"blog|channel|podcast|posts|updates)\b|\bconsider subscribing\b|"
        r"\bsubscribe for free\b|\bthanks for reading\b|\bour (?:free )?newsletters\b|"
        r"^\W*view (?:this (?:post|email|article|story) )?(?:on the web|in (?:your )?"
        r"browser|online)\b|"
        r"^\W*\[?(?:suggest (?:an )?edits?|edit this page|edit on github|improve this "
        r"page|report an issue)\]?|"
        r"^\W*(?:you are on )?page\s*\d+\s*of\s*\d+\W*$|\byou are on page\b|"
        r"\bpage content (?:transcription|below)\b|\bif your browser does(?:n't| not)\b|"
        r"\berror (?:processing|loading) (?:ssi|the|this|file|page)\b|"
        r"^\W*(?:document|text|citation|page) (?:preview|related concepts)\W*$|"
        r"\bwikipedia\s*,?\s*lookup\b|"
        r"^\W*embed (?:size|code|this)\b|"
        r"^\W*(?:inside )?(?:front|back) cover\b|"
        # a newsroom's end-of-copy mark
        r"^\W*(?:ends|-30-)\W*$|"
        # round 9: Medium's and WordPress's furniture
        r"^\W*(?:follow (?:publication|author|writer)|member-only story|"
        r"open in app|sitemap)\b|\bfree member-only stor(?:y|ies)\b|"
        r"\bsign up to (?:discover|read|continue)\b|\bclick to share on\b|"
        r"\(opens in (?:a )?new window\)|"
        # round 10: slide and document hosts' viewers, print headers, page counters
        r"\bflash player\b[^.]{0,40}\b(?:is|are) (?:needed|required)\b|"
        r"\bwe have detected that you\b|"
        r"\bto (?:install|download|view|read) (?:it|this)\W{0,3} (?:go|click) here\b|"
        r"^\W*embed (?:video|document|presentation|slides?)\b|"
        r"^\W*(?:edit|delete) (?:your )?comment\b|"
        r"^\W*[\d,.]{1,9}k?\s+(?:favou?rites|views|downloads|bookmarks|saves|claps|"
        r"followers)\W*$|"
        r"\s-\s(?:presentation|slide(?:show)?) transcript\W*$|"
        r"^\W*(?:image|photo|picture|figure|graphic)\W*$|"
        r"^\W*(?:[a-z]{2,9} ){0,3}(?:page|pagina|p\u00e1gina|seite)\s*\d{1,5}\s*"
        r"(?:of|di|de|von|sur)\s*\d{1,5}\W*$|"
        r"\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\s+page\s+"
        r"(?:\d{1,4}|[ivxlc]{1,6})\W*$|"
        r"^\W*keep scrolling\b|\bscroll down to (?:read|see|explore|find)\b",
    ),
    (
        "a word processor's review mark",
        r"^\W*(?:field code changed|formatted\s*:|formatted table\b|deleted\s*:|"
        r"inserted\s*:|moved (?:up|down|from|to)\s*(?:\[|:)|comment(?:ed)? \[\w{1,8}\]|"
        r"style definition\s*:)|"
        # a Google Docs comment anchor (not a task box, "[x] done"), or a note to a
        # colleague by @name
        r"^\s*\[(?!x\])[a-z]{1,2}\]\s*\S|(?:^|\s)@[a-z][\w.-]{1,40}\b[^.]{0,30}\b(?:can you|"
        r"could you|please|pls|check|confirm|thoughts)\b",
    ),
    (
        "an SEO tool's label",
        r"^\W*(?:meta (?:description|title)|seo (?:title|description)|focus "
        r"(?:keyword|keyphrase)|primary keywords?|secondary keywords?|target keywords?|"
        r"url slug|slug|alt text|title tag|tone|audience|target audience|persona)"
        r"\s*(?:\([^)]{0,40}\))?\s*\**\s*:",
    ),
    (
        "a sign-off",
        r"\bhope (?:that's|that is|this is|it's|it is) (?:useful|helpful|ok|okay|"
        r"what you|of use)\b|\blmk\b|\bif u (?:want|need|like)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\b(?:my|last) (?:knowledge|training) (?:update|cut-?off|cutoff)\b|"
        r"\bas of my last update\b|\btranslated (?:with|by|using) (?:deepl|google "
        r"translate)\b|\bdeepl\.com\b|"
        r"\bai[- ]generated (?:content|text|answers?|responses?)\b|"
        # the assistant's or writing tool's own label, copied with its answer
        r"\b(?:chatgpt|claude|gemini|copilot|the ai|ai) (?:can|may) (?:make mistakes|"
        r"display inaccurate)|"
        # a chat transcript's speaker label
        r"^\W*(?:you|chatgpt|claude|gemini|copilot|assistant|the assistant) said\s*:\s*$|"
        r"\b(?:by|with|using) (?:grammarly|quillbot|wordtune|prowritingaid|jasper|"
        r"yoast(?: seo)?)\b|\bwriting suggestions\b|\bcontribute a better translation\b|"
        r"[(\[][^)\]]{0,40}\b(?:draft|version|revision)\b[^)\]]{0,40}\bplease "
        r"(?:review|check)\b|"
        # round 9: an assistant's apology for its own mistake
        r"^\W*(?:i )?(?:apologi[sz]e|my apologies|(?:i'm |i am )?sorry) for (?:the|any|"
        r"my) (?:confusion|error|mistake|oversight|misunderstanding|inconvenience)\b|"
        r"\bit seems (?:there was|i made) (?:a|an) (?:misunderstanding|mistake|error)\b",
    ),
    (
        "the tool about its own edits",
        r"^\W*(?:here's |here is )?what i (?:changed|did|updated|fixed|revised|"
        r"improved)\b|^\W*(?:the )?(?:main|key|major) (?:changes|improvements|updates|"
        r"edits|fixes)(?: are| i made| made)?\s*:|\blet me explain the changes\b|"
        r"^\W*(?:to recap|in summary|to summari[sz]e|so),? (?:the )?(?:modifications|"
        r"changes|edits|revisions|updates) (?:are|were|i made)\b|"
        r"\bthis (?:revised|rewritten|edited) version (?:should|"
        r"will|now|addresses|fixes|keeps|removes|adds)\b|"
        r"\blet me (?:correct|fix|redo|try) (?:that|this|it)\b",
    ),
    (
        "a placeholder",
        r"^\W*insert (?:an? |the )?(?:image|photo|picture|video|graphic|chart|diagram|"
        r"screenshot|infographic|illustration|link|quote|table|figure|map|gif)s?\b",
    ),
)
#: phrases that are leftovers wherever they stand in a line (the rule's first list)
LEFTOVER_PHRASES = (
    "here's a draft",
    "here is a draft",
    "here's a revised",
    "okay, here's",
    "ok, here's",
    "sure, here's",
    "to be populated by ai",
    "as an ai",
    "as a language model",
    "i hope this helps",
    "feel free to adjust",
    "let me know if you",
    "lorem ipsum",
    "insert citation",
    "[citation needed]",
    "related posts",
    "leave a comment",
    "0 comments",
    "note to ai",
    "instructions for the ai",
    "instructions to the ai",
    "(insert image",
    "[insert image",
)
_PATTERNS = (
    *_KINDS,
    *_MORE_KINDS,
    ("a known drafting leftover", "|".join(re.escape(p) for p in LEFTOVER_PHRASES)),
)
#: (kind, pattern, strings one of which a match needs): most lines contain none of
#: a pattern's strings, and a substring test is much cheaper than the search; a
#: pattern of many alternatives is searched branch by branch, each behind its own
#: strings (one branch needing " to " let most lines into a 2,900-character search)
_COMPILED = tuple(
    (
        kind,
        Alternatives.compile(pattern)
        if len(top_level_branches(pattern)) > 1
        else re.compile(pattern),
        required_strings(pattern),
    )
    for kind, pattern in _PATTERNS
)
#: a line that quotes someone: first-person words inside it are theirs, not a tool's
_QUOTATION = re.compile(
    # (a whole line in single quotes: "'The one time I got a flu shot, it gave me
    # the flu!'" is someone quoted)
    r"^'[a-z][^']{10,400}[.!?,]'$|^\W{0,4}\"|\"[^\"]{0,400}\"\s*,?\s*(?:[\w']+\s+){0,3}(?:says|said|explains|explained|recalls|"
    r"adds|added|tells)\b|\b(?:says|said|explains|recalls|told)(?:\s\w[^\"]{0,60}|\s?:\s?)\""
)
#: a quotation said by someone named ('"…," Sarvela said.'): every kind of a
#: tool's words inside it is theirs
_ATTRIBUTED = re.compile(
    r"\"[^\"]{0,400}\"\s*,?\s*(?:[\w']+\s+){0,3}(?:says|said|explains|explained|"
    r"recalls|adds|added|tells)\b"
)
_I_START = re.compile(r"^\W*i\b")
_NAMES_WRITING = re.compile(r"\b" + _WRITING + r"\b")
_FIRST_PERSON_KINDS = frozenset(
    {"the tool about its own edits", "the requester's request", "a sign-off"}
)
#: the kinds a blogger on their own blog can look like ("Here is the first article
#: of my blog", "I'll give some ideas in the next post"): a tool has no blog
_WRITER_KINDS = _FIRST_PERSON_KINDS | {
    "presenting the text",
    "an offer or question to the requester",
    "the tool's caveat about itself",
}


_OFFER = "an offer or question to the requester"
_CAVEAT = "the tool's caveat about itself"
#: words from which a line without a cue is a sentence, not a label or a button
_LONG_SENTENCE = 12
#: what an offer or question has: a question mark, or someone speaking to someone
#: (every learnt offer in the corpus has one; "People were not put into groups by
#: chance, so ..." was read as one after round 29 was learnt)
_ADDRESSED = re.compile(
    r"\?|\b(?:i|i'm|i've|i'll|me|my|we|us|our|you|your|let|shall|would|want|like)\b",
    re.I,
)


def _speaks_to_no_one(kind: str | None, plain: str) -> bool:
    """A learnt offer or caveat in a line that addresses no one and names no
    writing: an offer or a question speaks to someone, or asks; a caveat that long
    is a sentence about its subject (every learnt caveat without a cue in the corpus
    is a button or a short label)."""
    if kind not in (_OFFER, _CAVEAT) or _ADDRESSED.search(plain):
        return False
    if kind == _OFFER:
        return True
    return (
        not _NAMES_WRITING.search(plain.lower())
        and len(plain.split()) >= _LONG_SENTENCE
    )


def find_chatter(
    text: str, *, whole_line: bool = True, learnt: bool = True, wording: bool = True
) -> Chatter | None:
    """The first kind of chatter the line is, or None for ordinary writing.

    The line is judged as written, then in its plain form (no list, heading or
    quotation marks, emphasis or emoji; typos of key words mended: see
    :mod:`.chatter_variants`), so a variation of a leftover's wording is found too.

    :param whole_line: *text* is a line on its own (a heading, a one-line paragraph
        or list item), not a piece of a wrapped paragraph: only then is it judged
        by its structure too (a fragment of a sentence has none)
    :param learnt: ask the layers of probable findings about a whole line no
        pattern found: the learnt layer (:mod:`.chatter_model`) and a lone byline
        (off to train the layer, and for the importer, which reads bylines itself)
    :param wording: ask the wording layer (:mod:`.chatter_words`) too, when the
        learnt layer is asked (off only to measure it)
    """
    plain = plain_form(text, _key_words())
    # who speaks is judged on the plain form: "1. I made an appointment." is a
    # patient's list item, as the line without its number is
    guard = normalise(plain)
    found = _find(text, whole_line, guard)
    if found is None and plain != text.strip():
        found = _find(plain, whole_line, guard)
    asked = found is None and learnt and whole_line and layer_asked(plain, guard)
    if asked:
        # judged on the plain form, as it learnt: "- **Psychotic symptoms:** ..."
        # is a list item's label, not a tool's "**Intro:**"
        kind = learnt_kind(_model_form(plain))
        if _speaks_to_no_one(kind, plain):
            kind = None
        if kind is not None:
            found = Chatter(kind, " ".join(text.split())[:80], tentative=True)
    if found is None and learnt and whole_line and (byline := byline_cue(text)):
        found = Chatter("page furniture (a byline)", byline, tentative=True)
    if found is None and asked and wording:
        # the words no pattern and no skeleton names ("Promoted Links")
        kind = wording_kind(_model_form(plain))
        if kind is not None:
            found = Chatter(kind, " ".join(text.split())[:80], tentative=True)
    if found is not None and found.kind in _CARE_KINDS and _about_own_care(guard):
        return None
    return found


def layer_asked(plain: str, guard: str) -> bool:
    """Whether the learnt layer judges a whole line no pattern found (*plain*: its
    plain form, *guard*: that normalised): not a quotation or someone on their own
    life, nor one of the article's shapes the layer alone must not judge."""
    return not (
        _speaker_guarded(guard)
        or _STATES_A_RESULT.search(plain)
        or _numbered_part(plain, guard)
        or _READERS_CARE.search(guard)
        or _LIST_CLAUSE.match(plain)
        or _LIST_FOR_THE_READER.match(plain)
        or _SIGNPOST.match(guard)
        or _DATED_FACT.search(guard)
        or _FORM_BLANK.search(plain)
    )


#: a worksheet's line the reader fills in after its colon ("Write your weight
#: here: ______ kg"), which the learnt layer alone must not judge (a template's
#: blanks, "Dear ___,", have no colon before them and are the patterns' to find)
_FORM_BLANK = re.compile(r":\s?[^_:]{0,80}_{3,}")


#: an article's signpost to further reading ("Find out more about vaccines and
#: porcine gelatine, including leaflets translated into …"), which the learnt layer
#: alone must not judge (after round 31 was learnt it read one on an NHS page as
#: a tool's note on its edits): a leftover link label is the patterns' to find
_SIGNPOST = re.compile(
    # (alone too: "Find out more" under a paragraph of an NHS page)
    r"^\W{0,3}(?:find out|read|learn|see) more(?: (?:about|on)\b|\W{0,3}$)|"
    r"^\W{0,3}more (?:information|advice|help) (?:about|on)\b"
)
#: a past fact dated by its year ("The trial's draft report was not for
#: publication until 2026."): history an article tells, which the learnt layer
#: alone must not judge (after round 31 was learnt it read that line as a tool
#: presenting its text); no chatter line the layer alone finds has this shape
_DATED_FACT = re.compile(
    r"\b(?:was|were|had been)\b[^.!?]{0,120}\b(?:in|until|since|by|before|after|"
    r"from) (?:19|20)\d{2}\b"
)
#: a list item that goes on from its lead-in and speaks to the reader ("you were
#: born between 1970 and 1990", under "You should have the vaccine if:"): a
#: clause of the article's sentence, which the learnt layer alone must not judge
_LIST_FOR_THE_READER = re.compile(
    r"^[a-z][^.!?]{0,200}\b(?:you|your|you're|you've)\b(?!.{0,200}[.!?]\W{0,3}\S)"
)
#: a percentage: an article's result ("Step 1: 36.8% reached remission"), which the
#: learnt layer alone must not judge (no chatter line in the corpus needs it there)
#: and a finding of no change ("No clear change in how people felt …", "No
#: difference between the groups"), not a checker's "No wordy phrases"
_STATES_A_RESULT = re.compile(
    r"\d%|\d percent\b|^\W{0,3}no (?:clear |significant |real |obvious |"
    r"consistent |strong |good )?(?:change|difference|effect|evidence|link|benefit|"
    r"improvement|association|increase|decrease|reduction|harm)s?\b",
    re.IGNORECASE,
)
#: a numbered part's heading ("Module 2: Digestion", "Day 20: Apologize"): a
#: course's or a series' own title, which the learnt layer alone must not judge
#: unless it names the writing (a tool's plan: "Step 2: Write the article")
_NUMBERED_PART = re.compile(
    r"^\W{0,3}(?:module|day|week|month|step|part|chapter|lesson|unit|session|phase|"
    r"stage|episode|level)\s\d{1,3}\s?:\s\S"
)


#: the reader's care service or vaccine told to the reader ("Your GP surgery will
#: contact you about …", "conditions that mean you're eligible for the vaccine"),
#: a care setting, and a page saying what it is about: an NHS page's lines, which
#: the learnt layer alone must not judge (after round 30 was learnt it flagged
#: six of them)
_READERS_CARE = re.compile(
    r"\b(?:your|you're|you)\b.{0,80}\b(?:gp|gp surgery|surgery|nurse|doctor|"
    r"pharmacist|hospital|clinic|midwife|health visitor|vaccines?|vaccinations?|"
    r"jabs?|immunisations?|immunizations?)\b|^\W{0,3}(?:your|the) (?:gp|gp surgery|"
    r"surgery|nurse|doctor|pharmacist|hospital|clinic|midwife)\b|"
    r"\b(?:care|nursing|residential) homes?\b|^\W{0,3}this page is about\b"
)
#: a list item that goes on from its lead-in with no person in it ("live in a care
#: home", under "You can get the vaccine if you:"): a clause of the article's
#: sentence
_LIST_CLAUSE = re.compile(r"^[a-z][a-z ,'-]{0,80}$")


def _numbered_part(plain: str, guard: str) -> bool:
    return bool(_NUMBERED_PART.match(plain.lower())) and not _NAMES_WRITING.search(
        guard
    )


def find_certain_chatter(text: str, *, whole_line: bool = True) -> Chatter | None:
    """:func:`find_chatter` without the learnt layer: what the importer removes
    on its own (the layer's probable findings reach the editor as ``check``'s
    warnings, which the import report lists)."""
    return find_chatter(text, whole_line=whole_line, learnt=False)


#: the kinds a patient's question to a clinician can look like ("Do you want me to
#: stop any of my medications?", "Could you tell me about this operation?")
_CARE_KINDS = frozenset(
    {"an offer or question to the requester", "the tool about its own edits"}
)
#: the speaker's own care: what a patient asks about, not what a tool writes
_OWN_CARE = re.compile(
    r"\b(?:medications?|medicines?|tablets?|pills?|operation|procedure|surgery|"
    r"symptoms?|treatments?|dose|wound|practitioner|pharmacist|doctor|nurse|gp|"
    r"clinic|hospital|appointment|diagnosis|injection|inhaler|anaesthetic|"
    # what a patient eats is their own care too ("tell me what I should be eating")
    r"anesthetic|eating|diet)\b"
)
#: what a tool offers to change: the text, or a writing verb
_WRITING_VERBS = frozenset(
    [
        "add",
        "adding",
        "write",
        "writing",
        "rewrite",
        "expand",
        "shorten",
        "include",
        "revise",
        "draft",
        "format",
        "tweak",
        "adjust",
        "summarise",
        "summarize",
        "translate",
        "simplify",
        "polish",
        "cover",
        "mention",
        "placeholder",
        "table",
        "list",
        "audience",
        "term",
        "terms",
        "word",
        "words",
    ]
)


def model_text(text: str) -> str:
    """The form of a line the learnt layer judges (and learnt from): plain, and
    in lower case, so a line in capitals is judged as the same line."""
    return _model_form(plain_form(text, _key_words()))


def _model_form(plain: str) -> str:
    return _HTML_TAG.sub("", plain).lower()


#: raw HTML's tags: the raw-html rule's to judge, noise to the model
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


def _speaker_guarded(guard: str) -> bool:
    """A quotation, or someone on their own life: first-person words that are
    not a tool's (as :func:`_find` judges them)."""
    return (
        _own_life(guard)
        or on_own_blog(guard)
        or about_a_tool(guard)
        or asks_a_clinician(guard)
        or guides_the_reader(guard)
        or bool(_QUOTATION.search(guard))
    )


def _own_life(guard: str) -> bool:
    """Someone on their own life, "I kept a diary of my symptoms": a patient's
    words, not a tool's (unless it names a part of the writing: "I've
    restructured the symptoms section")."""
    return (
        bool(_I_START.search(guard))
        and about_own_life(guard)
        and not _NAMES_WRITING.search(guard)
    )


def _about_own_care(guard: str) -> bool:
    """The line is about the speaker's own care and names no text or writing."""
    if _OWN_CARE.search(guard) is None:
        return False
    words = set(re.findall(r"[a-z]+", guard))
    # "take", "answer", "changes" are also a patient's words ("take my medication")
    return not (words & (TEXT_WORDS - _CARE_TOO) or words & _WRITING_VERBS)


_CARE_TOO = frozenset({"take", "answer", "response", "changes"})


@lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    """The words the layers key on: the patterns' and the vocabularies'."""
    return (
        pattern_words([*(pattern for _, pattern in _PATTERNS), OWN_LIFE.pattern])
        | INTERFACE_WORDS
        | UI_WORDS
        | TEXT_WORDS
    )


def _find(text: str, whole_line: bool, guard: str) -> Chatter | None:
    line = normalise(text)
    if not line or len(line) < 2:
        return None
    quoted = bool(_QUOTATION.search(guard))
    own_life = _own_life(guard)
    blogger = on_own_blog(guard)
    attributed = bool(_ATTRIBUTED.search(guard))
    # the line is the kind of what it says first: "IMPORTANT DISCLAIMER: I could not
    # verify the figures you gave" is a caveat, "Hope this helps! Let me know ..." a
    # sign-off (at one place, the earlier pattern's kind)
    first: tuple[int, str, str] | None = None
    for kind, pattern, needs in _COMPILED:
        if kind in _FIRST_PERSON_KINDS and (quoted or own_life):
            continue
        if kind in _WRITER_KINDS and (blogger or attributed):
            continue
        if needs is not None and not any(s in line for s in needs):
            continue  # the pattern cannot match: same answer, no search
        match = pattern.search(line)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), kind, match.group(0).strip())
            if not first[0]:
                break  # nothing can start before the line does
    if first:
        return Chatter(first[1], _as_written(text, first[2]))
    if not whole_line:
        return None
    # by structure: what the line is made of, for kinds no phrase above names
    # (not the writer on their own blog: "Welcome to my first blog post!")
    if not blogger and furniture_cue(text):
        # the line as written: its interface words alone read oddly in a message
        return Chatter("page furniture", " ".join(text.split())[:80])
    cue = None if quoted or blogger else own_edit_cue(text)
    if cue:
        return Chatter("the tool about its own edits", _as_written(text, cue))
    # by speech act: cues of who speaks to whom about what, learnt from the corpus
    act = None if quoted or blogger else speech_act(text)
    if act and act[0] == _CAVEAT and own_life:
        # "I am not sure what is worse, the depression … or my skin": someone
        # unsure about their own life, not a tool hedging about the text
        act = None
    if act:
        return Chatter(act[0], _as_written(text, act[1].lower()))
    return None


def between_leftovers(
    texts: Sequence[str], findings: Sequence[Chatter | None], whole: Sequence[bool]
) -> list[Chatter | None]:
    """*findings*, and a short interface line standing between two of them.

    A page's furniture comes in runs ("Save to Library", "Available Formats"
    between a download button and a view counter): a line of its own with no
    sentence, at most six words, one of them an interface word that is no
    everyday word, whose nearest non-blank lines above and below are both
    findings, is furniture too.  Only between two: a heading right under a chatter
    opener ("Okay, here's the draft:" / "Download the leaflet") has article below
    it.  Measured on the corpus with each prose block framed by chatter lines: 0
    of its 193 first and last lines flagged; 10 more chatter lines found.
    """
    kept = [i for i, text in enumerate(texts) if text.strip()]
    out = list(findings)
    for before, index, after in zip(kept, kept[1:], kept[2:], strict=False):
        if (
            findings[index] is None
            and findings[before] is not None
            and findings[after] is not None
            and whole[index]
            and interface_line(texts[index])
        ):
            out[index] = Chatter(
                "page furniture (between two leftovers)", " ".join(texts[index].split())
            )
    return out


def find_chatter_lines(texts: Sequence[str]) -> list[Chatter | None]:
    """The finding for each line of a text (None for ordinary writing): each line
    by itself (a piece of a wrapped paragraph by its phrases only), then by its
    neighbours (:func:`between_leftovers`)."""
    whole = whole_lines(list(texts))
    findings = [
        find_chatter(text, whole_line=alone)
        for text, alone in zip(texts, whole, strict=True)
    ]
    return between_leftovers(texts, findings, whole)


def _as_written(text: str, cue: str) -> str:
    """The cue as the line spells it, when normalising kept its characters."""
    simple = straighten(text).replace("`", "'").lower()
    start = simple.find(cue)
    if start >= 0:
        return text[start : start + len(cue)]
    # normalising dropped emphasis marks inside the cue ("{{ 6*7 }}"): find it
    # with those marks allowed between its characters, so the message quotes the line
    spread = re.compile(r"[*_`]*".join(map(re.escape, cue)))
    found = spread.search(simple)
    return text[found.start() : found.end()] if found else cue


__all__ = [
    "LEFTOVER_PHRASES",
    "Chatter",
    "between_leftovers",
    "find_certain_chatter",
    "find_chatter",
    "find_chatter_lines",
    "normalise",
]
