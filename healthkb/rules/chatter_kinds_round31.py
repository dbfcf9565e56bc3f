"""Kinds of chatter the independent round 31 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a tool's advice to its requester on the text (what to
cite, add or remove, where to paste it), its notes on what it changed or left
alone, its options labelled by register, its caveat that the result is only a
starting point, an SEO writer's field labels and its comparison with ranking
pages, a writing checker's metrics and cards, an AI editor's buttons and status,
an e-mail builder's furniture, a page's feedback, accessibility and finder
widgets, and its calls to action. Every pattern is bounded and anchored or starts
with a literal, so a line is scanned in linear time.
"""

from __future__ import annotations

#: what a tool tells its requester to add to, or take out of, the text
_TEXT_PART = (
    r"(?:link|links|photo|photos|image|images|picture|pictures|quote|quotes|"
    r"testimonial|testimonials|citation|citations|reference|references|source|"
    r"sources|statistic|statistics|heading|subheading|section|paragraph|sentence|"
    r"call to action|cta|caption|byline|summary|example|examples|phrase|word|term|"
    r"disclaimer|faq)"
)
#: a register an assistant labels one of its options with
_REGISTER = (
    r"(?:direct|reassuring|formal|informal|casual|friendly|warm|professional|"
    r"concise|short|shorter|long|longer|detailed|simple|simpler|plain|punchy|bold|"
    r"empathetic|gentle|neutral|upbeat|playful|persuasive|conversational|"
    r"clinical|technical|urgent|calm|supportive|encouraging|balanced)"
)
#: e-mail and newsletter platforms that sign what they send
_MAILERS = (
    r"(?:mailchimp|substack|convertkit|kit|mailerlite|beehiiv|sendinblue|brevo|"
    r"constant contact|campaign monitor|klaviyo|hubspot|aweber|getresponse|"
    r"buttondown|ghost)"
)

_ROUND31: tuple[tuple[str, str], ...] = (
    (
        "the tool consoling or advising its requester",
        # "I'd recommend citing a recent source", "I'd gently suggest removing the
        # phrase …": the tool's advice on what to do to the text it wrote
        r"\bi(?:'d| would) (?:\w{2,12}ly )?(?:recommend|suggest|advise) (?:citing|"
        r"adding|checking|verifying|including|removing|replacing|linking|"
        r"double-checking|rewording|rephrasing|cutting|dropping|softening|updating|"
        r"swapping|changing)\b|"
        # "You may want to add a link to … here", "Consider adding a photo of …"
        r"\byou (?:may|might|could) (?:want|wish|like) to (?:add|include|insert|"
        r"link|cite|swap|remove|replace) (?:a|an|the|some|your|this|that|more) "
        r"(?:[\w-]{1,20} ){0,2}?" + _TEXT_PART + r"\b|"
        r"^\W{0,3}consider (?:adding|including|inserting|linking) (?:a|an|some|more|"
        r"the|your) (?:[\w-]{1,20} ){0,2}?" + _TEXT_PART + r"\b|"
        # where to put what it wrote: "You can paste this directly into your Word
        # document"
        r"\b(?:paste|copy) (?:this|it|these|the (?:text|draft|copy|post|version))"
        r"(?: (?:directly|straight|right))? (?:into|in|to) (?:your|a|the) "
        r"(?:[\w-]{1,20} ){0,2}?(?:document|doc|cms|editor|email|e-mail|newsletter|"
        r"website|site|blog|page|post|template)\b",
    ),
    (
        "the tool about its own edits",
        # the word it swapped, in quotes: 'I've swapped "patients" for "you"'
        r"\bi(?:'ve| have)? (?:swapped|replaced|changed) [\"'][^\"']{1,40}[\"'] "
        r"(?:for|with|to|into) [\"']|"
        # what it left alone: "The rest of the text remains unchanged."
        r"^\W{0,3}(?:the )?rest of the (?:text|draft|post|article|document|content|"
        r"copy|piece|section|page|email|letter) (?:remains|is|stays|was|has been|"
        r"has stayed) (?:left )?(?:unchanged|the same|as (?:it was|is|before)|"
        r"untouched)\b|"
        # a change list's item: a participle of editing and what it edited,
        # nothing else ("Simplified medical terminology.", "Shortened the intro")
        r"^\W{0,3}(?:simplified|shortened|reworded|rephrased|tightened|softened|"
        r"clarified|condensed|restructured|reordered|trimmed) (?:the |some |all |"
        r"any )?(?:[\w-]{1,20} ){0,2}?(?:terminology|jargon|terms|wording|language|"
        r"phrasing|sentences|paragraphs|headings?|intro|introduction|conclusion|"
        r"tone|title|opening|ending|summary)\W{0,3}$",
    ),
    (
        "presenting the text",
        # an option labelled with its register: "Option 1 (Direct):", "Version B
        # (shorter):"
        r"^\W{0,3}(?:option|version|variant|draft|alternative) (?:\d{1,2}|[a-e]) ?"
        r"\(" + _REGISTER + r"(?:[ ,/&-]{1,3}" + _REGISTER + r")?\)\s?:?\W{0,3}$",
    ),
    (
        "the tool's caveat about itself",
        # what it gave is only a starting point: "Please note that this is a basic
        # setup, and you might need …"
        r"^\W{0,3}(?:please )?note(?: that)? this is (?:just |only |merely )?(?:a|an) "
        r"(?:basic|simple|rough|general|generic|minimal|sample|starting|first|quick) "
        r"(?:[\w-]{1,20} ){0,2}?(?:setup|example|draft|version|outline|template|"
        r"starting point|implementation|structure|overview)\b",
    ),
    (
        "an offer or question to the requester",
        # asking the requester to say what to revise ("Kindly inform me if any
        # revisions are required.")
        r"\b(?:kindly|please) (?:inform|tell|notify|advise|update) (?:me|us) "
        r"(?:if|whether|of|about) (?:any |further |more )?(?:revisions?|changes?|"
        r"edits?|adjustments?|amendments?|tweaks?|corrections?)\b|"
        # a booking or form assistant's confirmation question
        r"^\W{0,3}would you like (?:me )?to (?:proceed|continue|go ahead|confirm)\b"
        r"[^.!?]{0,60}\?\W{0,3}$",
    ),
    (
        "an SEO tool's label",
        # an SEO writer's fields, alone or with their value: "SEO meta",
        # "Suggested title tag: …", "Meta description:"
        r"^\W{0,3}(?:seo|meta) (?:meta|title|description|tags?|data|details|"
        r"settings)\W{0,3}$|"
        r"^\W{0,3}(?:suggested |recommended |proposed |optimi[sz]ed )?(?:seo )?"
        r"(?:title tag|meta title|meta description|meta tags?|url slug|slug|h1 tag)"
        r"\s?:|"
        # its comparison with the pages it ranks against
        r"\b(?:your )?(?:content|text|article|post|page|copy) is (?:shorter|longer|"
        r"less detailed|more detailed) than (?:the )?(?:top[- ]ranking|competing|"
        r"competitors'?|ranking|average|recommended)\b|"
        # the lists it proposes: "Subject line suggestions:", "Headline ideas:"
        r"^\W{0,3}(?:suggested |alternative )?(?:subject lines?|headlines?|titles?|"
        r"meta descriptions?|taglines?|hooks?|ctas?|preview texts?) (?:suggestions|"
        r"ideas|options|variations|alternatives)\s?:?\W{0,3}$",
    ),
    (
        "a writing checker's message",
        # its metrics on the text: "Passive voice: 12% (recommended: …)",
        # "Plagiarism check: 100% unique"
        r"^\W{0,3}(?:passive voice|keyword density|keyphrase density|reading ease|"
        r"flesch(?: reading ease| score)?|readability|plagiarism(?: check)?|"
        r"originality|uniqueness|sentence variety|adverbs|transition words)\s?:\s?"
        r"\d{1,3}(?:\.\d)?\s?%|"
        # its cards: "Correctness: 3 alerts", "Engagement: Replace a word",
        # "Delivery: Sounds confident"
        r"^\W{0,3}(?:correctness|clarity|engagement|delivery|conciseness)\s?:\s?"
        r"(?:\d{1,3} (?:alerts?|suggestions?|issues?)|replace|rephrase|remove|"
        r"rewrite|choose|change|add|sounds|reads|looks|consider|try|avoid)\b|"
        # its advice on one sentence: "This sentence is hard to read. Try …"
        r"^\W{0,3}(?:this|the) (?:sentence|paragraph) is (?:very |too )?(?:hard|"
        r"difficult|long) to read\b|\btry splitting (?:it|this|the sentence) into\b",
    ),
    (
        "a writing tool's menu",
        # an AI editor's buttons and its status: "Generate more", "Try again",
        # "Discard", "Refine: Shorten", "AI is writing…"
        r"^\W{0,3}(?:generate (?:more|again|another)|regenerate|try again|discard|"
        r"insert|replace|keep writing|write more|ask ai)\W{0,3}$|"
        r"^\W{0,3}(?:refine|rewrite|adjust|tone|style|make it)\s?:\s?(?:elaborate|"
        r"shorten|lengthen|formali[sz]e|simplify|expand|summari[sz]e|rephrase|"
        r"casual|formal|friendly|professional|shorter|longer|simpler)\W{0,3}$|"
        r"^\W{0,3}(?:the )?(?:ai|assistant|copilot|gemini|chatgpt|claude) is "
        r"(?:writing|thinking|generating|drafting|typing)\W{0,5}$|"
        # a mail app's and a notes app's suggestion credit
        r"^\W{0,3}(?:suggested|completed|written) (?:by|with) smart (?:compose|"
        r"reply)\b",
    ),
    (
        "page furniture",
        # an e-mail builder's furniture: the view-online line, the forward link,
        # the sender's platform, the sign-up promise
        r"^\W{0,3}having trouble (?:viewing|reading|seeing|displaying) this "
        r"(?:e-?mail|message|newsletter)\b|"
        r"^\W{0,3}forward (?:this (?:e-?mail|newsletter|message) )?to a friend\W{0,3}$|"
        r"^\W{0,3}(?:sent|delivered|made|built|powered) (?:with|via|by|using) "
        + _MAILERS
        + r"\W{0,3}$|"
        r"\bunsubscribe (?:at any time|anytime|whenever you (?:like|want))\b|"
        r"^\W{0,3}no spam\b",
    ),
    (
        "page furniture",
        # a page's feedback widget: "Yes, this page was useful", "No, this page
        # was not useful"
        r"^\W{0,3}(?:yes|no),? (?:this|the) (?:page|article|information|answer|"
        r"content) (?:was|is|wasn't|isn't|was not|is not) (?:not )?(?:very )?"
        r"(?:useful|helpful|clear)\W{0,3}$|"
        # accessibility and reading widgets: "Accessibility tools", "Font
        # ResizerAa", "Text size"
        r"^\W{0,3}accessibility (?:tools|options|menu|settings|toolbar)\W{0,3}$|"
        r"^\W{0,3}(?:font|text) (?:resizer|size)\s?(?:a{1,3}|a-|a\+|[-+])?"
        r"(?: ?(?:a{1,3}|a-|a\+|[-+])){0,3}\W{0,3}$|"
        # a finder's prompt and button: "Enter your postal code to find …",
        # "Find a service near you"
        r"^\W{0,3}(?:enter|type|input|add) your (?:postcode|post code|postal code|"
        r"zip(?: code)?|town|city|location|address|suburb|eircode) (?:or [\w ]{1,20} )?"
        r"(?:to|and|for|below)\b|"
        r"^\W{0,3}find (?:a|an|your) (?:[\w-]{1,20} ){0,2}?(?:near you|nearby|in your "
        r"area|near me)\W{0,3}$|"
        # a call to action: "Click to find out more about our services",
        # "Read more health stories", "Save for later", "Take the quiz"
        r"^\W{0,3}click (?:here )?(?:to|for) (?:find out|learn|read|see|discover|get|"
        r"view) (?:more|about)\b[^.!?]{0,60}\b(?:our|us|get in touch|contact)\b|"
        r"^\W{0,3}read more (?:[\w-]{1,20} ){0,2}?(?:stories|articles|posts|news)"
        r"\W{0,3}$|"
        r"^\W{0,3}(?:save|bookmark|read) (?:it |this )?(?:for )?later\W{0,3}$|"
        r"^\W{0,3}take (?:the|our|this) (?:quiz|survey|poll)\W{0,3}$|"
        r"^\W{0,3}(?:enable|turn on|allow|disable|turn off) (?:push |browser |e-?mail )?"
        r"notifications\W{0,3}$",
    ),
)

__all__ = ["_ROUND31"]
