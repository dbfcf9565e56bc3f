"""Chatter recognised by its speech acts: a small weighted sum of cue classes.

The phrase patterns of :mod:`healthkb.rules.chatter` learn each round's phrasings;
this layer asks *who speaks to whom about what*.  A line is described by about
forty yes/no cues, each a class of words or a light piece of grammar written from
what chatter is, not from any corpus line:

- the speaker and the addressee: "I"/"me"/"my" (the tool), "you"/"your" (the
  requester), with a verb of writing or of asking, near a word for *the text*
  (draft, article, post, section, version, summary, copy, outline ...);
- the speech act: acknowledging ("Sure", "Got it"), presenting ("here's the ..."),
  offering or asking the requester ("Shall I", "Want me to", "Would you prefer"),
  signing off, hedging about itself ("my knowledge", "I can't browse", "verify
  before publishing");
- placeholders and requester labels ("[Your name]", "TK", "Meta description:");
- a site's or viewer's furniture: a short line, no sentence, every content word an
  interface word (a broader vocabulary than :mod:`.chatter_furniture`'s);
- and what speaks against chatter: a sentence addressed to a reader (an imperative
  of care, "we" of a clinic), a patient's quotation, health words.

Which cues decide is learnt, not written: a cue is *decisive* when no prose line
of the corpus shows it and at least ``MIN_SUPPORT`` chatter lines do
(``benchmarks/chatter_loro_cv.py`` chooses the support by leave-one-round-out
cross-validation and writes :mod:`.chatter_speech_learned`).  The other cues are
kept as the description of a line (they are what the cross-validation weighs).
Few cues, each a class of words rather than a phrase, is what lets them carry over
to rounds never seen.  A finding names its cue's kind and the words that showed it.

Key words are matched with one typo allowed (a deletion, insertion or substitution
on words of five letters or more), after apostrophes, emphasis, emoji and Markdown
decoration are taken off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from healthkb.rules.chatter_fold import fold
from healthkb.rules.chatter_furniture import INTERFACE_WORDS, NO_HEADING_WORDS
from healthkb.rules.chatter_subject import about_a_tool

#: a line that quotes someone (as :data:`healthkb.rules.chatter._QUOTATION`)
_AUTHOR = re.compile(
    r"\b(?:going to|about to|decided to|before i) (?:post|publish) (?:it|this)\b|"
    r"\bthis (?:post|blog|piece) (?:has|had) taken me\b|"
    r"\bwrite this (?:post|blog|piece),? (?:to|for) (?:those|anyone|everyone|others|"
    r"people) who\b"
)
#: "does not replace", "should never replace": a disclaimer's verb, not an edit
_NOT_REPLACING = re.compile(
    r"\b(?:not|never|n't)\b(?: (?:in any ?way|in anyway|be used to|intended to|"
    r"meant to|a|to))* replaces?\b"
)
#: writing judged, not done ("I cringe at poorly written content"): a verb of
#: editing as an adjective after an adverb of quality is no one's edit
_JUDGED_WRITING = re.compile(
    r"\b(?:poorly|badly|well|beautifully|carelessly|hastily|sloppily|clumsily)[ -]"
    r"(written|edited|drafted|researched|produced|generated)\b"
)
_QUOTATION = re.compile(
    r'^\W{0,4}"|"[^"]{0,400}"\s*,?\s*(?:says|said|explains|explained|recalls|'
    r'adds|added|tells)\b|\b(?:says|said|explains|recalls|told)\s\w[^"]{0,60}"'
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: a word for the text a tool writes, as the tool and the requester call it
TEXT_WORDS = _words(
    """
    draft drafts version versions article articles post posts blog piece pieces
    section sections summary summaries content copy paragraph paragraphs rewrite
    rewrites outline outlines revision revisions text essay script caption captions
    headline headlines title titles intro introduction conclusion tweet thread
    newsletter blurb snippet excerpt description descriptions tagline taglines
    wording sentence sentences bullet bullets heading headings subheading subheadings
    faq cta slug seo keywords keyword structure tone format formatting edit edits
    changes readability jargon rewording response answer rundown recap take
    attempt template slide slides spec readme markdown snippet
    """
)
#: verbs a tool uses of its own writing (past and plain forms)
EDIT_VERBS = _words(
    """
    kept made simplified rewritten rewrote revised edited added removed included
    expanded shortened condensed adjusted changed restructured reorganised reorganized
    replaced toned softened polished reworded rephrased streamlined trimmed tightened
    clarified omitted retained bolded merged moved inserted corrected fixed tweaked
    formatted drafted wrote written created generated compiled crafted summarised
    summarized paraphrased translated converted incorporated highlighted split
    add write expand revise rewrite adjust tailor create draft include shorten
    simplify tweak modify update change format rephrase reword polish refine edit
    restructure reorganise reorganize trim tighten summarise summarize translate
    incorporate generate craft produce provide suggest prepare outline insert remove
    replace cut soften expanded updated modified refined
    """
)
#: after these an edit verb's base form is a noun: "no clear change", "a draft",
#: "any update", "each edit" (a tool's verb has a subject or opens the line)
_NOUN_BEFORE = _words(
    """
    a an the no any some this that these those each every one another little clear
    big small major minor further more much real lasting slight significant
    meaningful small overall
    """
)
#: the requester's act of asking, after "you"
REQUEST_VERBS = _words(
    """
    asked requested wanted specified provided shared sent mentioned outlined described
    gave pasted uploaded attached supplied indicated listed noted said wrote prefer
    preferred
    """
)
#: openers that acknowledge a request
ACKNOWLEDGE = (
    "okay",
    "ok",
    "sure thing",
    "sure",
    "no worries",
    "you bet",
    "definitely",
    "with pleasure",
    "certainly",
    "absolutely",
    "of course",
    "great question",
    "good question",
    "excellent question",
    "great idea",
    "good idea",
    "got it",
    "understood",
    "no problem",
    "alright",
    "all right",
    "gladly",
    "will do",
    "noted",
    "sounds good",
    "you got it",
    "happy to help",
    "all done",
    "all set",
    "glad to help",
    "thanks for sharing",
    "thank you for sharing",
)
#: openers that also begin an answer in a leaflet's questions ("Yes, you can ...")
ANSWER_WORDS = ("yes", "no", "done", "great", "excellent", "right", "perfect")
_ACKNOWLEDGE = re.compile(
    r"^(?:" + "|".join(re.escape(a) for a in ACKNOWLEDGE) + r")"
    r"(?:\s*(?:[!.,:;\u2014-]|$)|\s+(?:here|i|below|let|this|that|so|thanks|thank))"
)
#: a sentence adverb opening an article's sentence ("Of course, regular visits to
#: the dentist are …"), not the tool acknowledging: no speaking or presenting after
#: its comma
ADVERB_ACKNOWLEDGING = r"(?:certainly|of course|absolutely|definitely)"
#: after such an adverb and its comma, what makes it the tool's acknowledgement: a
#: few words at most, or the tool speaking or presenting later in the line
ACKNOWLEDGED = (
    r"(?:\s[\w']{1,20}){0,3}\W{0,3}$|.{0,200}\b(?:here|below|i|i'm|i'd|i'll|i've|"
    r"me|let|let's|happy|glad)\b"
)
_ARTICLE_ADVERB = re.compile(r"^" + ADVERB_ACKNOWLEDGING + r",(?!" + ACKNOWLEDGED + ")")
#: an answer word stands alone ("No, …", "Great!", "Done."): followed by a word it is
#: the sentence's own ("No clear change was seen", "Great care is needed")
_ANSWER = re.compile(
    r"^(?:" + "|".join(ANSWER_WORDS) + r")\b\s*(?:[!.,:;\u2014\u2013-]|$)"
)
#: presenting the text: "here's", "below is", "attached is", then a word for it
_PRESENT = re.compile(
    r"\b(?:here(?:'s|s| is| are)|below (?:is|are|you'll find|you will find)|"
    r"attached (?:is|are)|please find|find below|i've (?:got|put together)|"
    r"this is (?:a|an|the|your|my))\b"
)
#: asking or offering to the requester
_OFFER = re.compile(
    # "Can I deal with this myself?" is a patient's: "I" offers with a writing verb
    r"^(?:shall|should|can|could|may) i (?:also |now |then )?(?:add|write|rewrite|"
    r"shorten|expand|include|draft|create|turn|adjust|tweak|provide|generate|format|"
    r"revise|edit|polish|simplify|summari[sz]e|translate|rephrase|reword|suggest)\b|"
    r"\b(?:shall i|want me to|would you like me|"
    r"do you want me|would you prefer|would you rather|would it (?:help|work|be "
    r"(?:useful|helpful|better|easier|ok|okay)) if i|"
    # "If you would like someone to talk to, ..." is the reader's: "me"/"I" after
    r"if you(?:'d| would)? (?:like|prefer|want)(?: it| that| this)?,? (?:me|i)|"
    r"let me know|feel free to (?:ask|adjust|tweak|edit|change|modify|let)|"
    r"(?:i'm|i am|i'd be) happy to|"
    r"i can also|i could also|i can (?:make|add|write|expand|adjust|shorten|turn|"
    r"create|draft|rewrite|provide)|just say|tell me|"
    r"any (?:other|further) (?:changes|edits|tweaks|revisions))\b"
)
#: closing a reply
_SIGN_OFF = re.compile(
    r"\b(?:hope (?:this|that|it) (?:helps|is helpful|is useful|works)|happy "
    r"(?:writing|editing|blogging|publishing|coding)|good luck with|best of luck|"
    r"cheers|best regards|kind regards|warm regards|all the best|have a (?:great|"
    r"nice|good) (?:day|one|week)|enjoy (?:the|your|this) (?:post|article|read|"
    r"draft|piece)|thanks again|thank you again)\b"
)
#: the tool hedging about itself
_SELF_CAVEAT = re.compile(
    r"\b(?:i'm not a (?:doctor|medical|clinician|nurse|pharmacist)|i am not a "
    r"(?:doctor|medical)|my (?:knowledge|training|information|last update|data)|"
    r"as of my|cut-?off|language model|as an ai|an ai (?:model|assistant)|"
    r"i (?:can't|cannot|can not|don't|do not|couldn't|could not|am unable to|'m "
    r"unable to) (?:browse|access|verify|confirm|check|guarantee|provide|search|"
    # "I can't see the image" is the tool's; "I don't view them as an expense" is a
    # person's: seeing and opening need a thing a tool is handed
    r"look up|(?:see|open|view) (?:(?:the|your|that|this|any|these|those) )?(?:"
    r"images?|files?|attachments?|links?|documents?|pages?|websites?|sites?|urls?|"
    r"pdfs?|screenshots?|pictures?|photos?|videos?|articles?|sources?|it\b))|"
    r"real-time|i may be wrong|i might be wrong|"
    # "I might have felt ...", "I might have left a book out": a patient's life;
    # the tool's slip is a mistake over the text's facts
    r"i (?:may|might) have (?:gotten|got|made|mixed|confused|misread|misquoted|"
    r"misremembered|misunderstood|overlooked|omitted|left out)\b[^.]{0,60}\b(?:"
    r"wrong|mistakes?|errors?|figures?|numbers?|statistics?|stats|facts?|details?|"
    r"sources?|references?|citations?|dates?|quotes?|studies|study|names?|your)\b|"
    r"i'm not (?:sure|certain|confident)|i am not (?:sure|certain)|"
    r"as a (?:chatbot|virtual assistant|language model)|i(?:'m| am) an ai|my "
    r"(?:responses|answers) (?:may|might|can)|"
    # the tool on its own text; "With AI-generated recipes, cooks may ..." is news
    r"(?:is|was|been|being) ai-generated|ai-generated (?:draft|text|summary|answer|"
    r"response|reply|version|content (?:may|might|can|could))|"
    r"(?:double|fact|cross)-?check|before (?:publishing|publication|posting|it goes "
    r"live|going live)|i (?:made up|invented|assumed|guessed)|(?:i|the model|ai) (?:may |might |could )?"
    r"(?:have )?hallucinat)"
)
#: a placeholder: bracketed instructions, a filler token
_PLACEHOLDER = re.compile(
    r"\[[^\]]{0,80}\b(?:insert|add|your|name|link|image|photo|url|source|citation|"
    r"quote|date|number|tbd|todo|tk|here|placeholder|company|brand|author|caption)"
    # a Markdown link's text "[Read our link](url)" is no placeholder
    r"\b[^\]]{0,80}\](?!\()|"
    # "{{name}}" or "{Name}"; not a MyST role ("{term}`placebo`") nor a directive
    # ("```{toctree}", ":::{note}")
    r"\{\{[^}]{1,60}\}\}|(?<![`:\w^])\{(?=[^}`]{0,60}[a-z])[^}`]{1,60}\}(?![`\w])|"
    r"<\s*(?:insert|add|your|name|link)[^>]{0,60}>|<<[^<>]{1,60}>>|"
    r"(?:^|\s)(?:tk|tbd|tbc|xxx+|todo|fixme)(?:\s|[:.,]|$)|lorem ipsum|\bword count\b"
)
#: a label a requester or an SEO tool puts before a field of the brief
_LABEL = re.compile(
    r"^(?:meta (?:description|title)|seo (?:title|description|keywords?)|title tag|"
    r"(?:url )?slug|alt(?:ernative)? text|focus (?:keyword|keyphrase)|(?:primary|"
    r"secondary|target|lsi) keywords?|excerpt|featured image|image (?:caption|"
    r"prompt|suggestion)|suggested (?:title|headline|image|tags)|headline options|"
    r"title options|cta|call to action|reading (?:time|level)|word count|target "
    r"audience|audience|tone(?: of voice)?|author bio|byline|editor'?s? note|"
    r"note to (?:editor|self|writer|reviewer)|internal note|status|publish date|"
    r"schedule|prompt|instructions|brief|h[1-6])\s*(?:\([^)]{0,40}\))?\s*:"
)
#: the tool advising its requester on the text: "you might want to keep the tone
#: ..." (with a word for the text)
_SUGGEST = re.compile(
    r"\byou (?:can|could|may|might)(?: also)?(?: want to| wish to| like to)? "
    r"(?:add|mention|include|keep|consider|tweak|adjust|expand|shorten|rephrase|"
    r"reword|swap|replace|drop|emphasi[sz]e|highlight|link|cite|insert|move|rename|"
    r"paste|copy|customi[sz]e|tailor|polish|trim|tighten|soften|tone)\b"
)
#: a verdict on the requester's text ("Good as-is, but ...", "Looks great!")
_VERDICT = re.compile(
    r"^(?:looks (?:good|great|solid|fine)|good as[- ]is|(?:this|that|it) (?:looks|"
    r"reads) (?:good|great|fine|solid|clear)|(?:nice|great|solid) (?:work|job|"
    r"draft|start)|well written|strong (?:draft|start|opening))\b"
)
#: the requester's own message, pasted with the answer: chat abbreviations
_CHAT_SPEAK = re.compile(
    # "u" for "you", not "(U.S.)"
    r"\b(?:pls|plz|thx|thnx|lmk|tysm|ty|ur|btw|imo|idk)\b|(?<![(\w.])u(?![.\w)])"
)
#: the requester's instruction: an imperative to the tool, maybe after "now",
#: "please", "can you" ("now explain another 6 topics", "generate the md file again")
_PROMPT = re.compile(
    r"^(?:(?:ok|okay|now|please|pls|and|also|then|can you|could you|can u|"
    r"would you)\s){0,3}(?!make sure\b)(?:generate|regenerate|rewrite|redo|make|explain|create|"
    r"give me|write|list|summari[sz]e|convert|translate|expand|shorten|"
    r"simplify|format|fix|improve|add|include|remove|change|update|copy|paste)\b"
)
#: what the requester's instruction is about: the tool's output (not "it" or
#: "them": "Create steps to carry it out." is a leaflet's)
_OUTPUT_WORDS = _words(
    """
    file md markdown readme code snippet slide slides spec doc docs topic topics
    html css json yaml prompt output button buttons
    """
)
#: a tool's or a platform's credit line
_CREDIT = re.compile(
    # "with" right before "by"/"for" is where an emoji heart was ("Built with ❤️ by
    # ..."); "Made with love by our volunteers", "Converted from an old barn" are
    # a charity's and a clinic's
    r"^(?:built|created|made|crafted|designed|coded) with (?:by|for|in|using)\b|"
    r"^(?:converted|exported|generated) from\s*:|"
    r"^(?:converted|exported|generated) from [\w .-]{1,60}\.(?:pdf|docx?|html?|md|"
    r"txt|pptx?)\b|^(?:generated|created|written) (?:by|with|using) (?:ai|chatgpt|"
    r"gpt-?\d\w*|claude|gemini|copilot|jasper|an ai)\b|"
    r"^sent from my (?:iphone|ipad|android|phone|mobile|galaxy|samsung|pixel)\b|"
    r"\bconversation with (?:bing|chatgpt|claude|gemini|copilot|perplexity|bard)\b"
)
#: a page's review stamp or reviewer label ("Medically Reviewed on 6/2/2021",
#: "Medical Author:")
_REVIEW_STAMP = re.compile(
    # not "Reviewed by Dr NAME": a reviewer's byline, which the importer reads
    # a date after "on" ("Reviewed on a regular basis" is a clinic's sentence)
    r"^(?:medically |clinically |expert |fact[- ]?)?(?:reviewed|checked|verified) "
    r"on\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
    r"\b)|^medically reviewed(?! by)\b|^(?:medical|clinical|expert) (?:author|"
    r"reviewer|editor|review)s?\s*:|^(?:last |page last )?(?:reviewed|updated|"
    r"modified)\s*:?\s*\d"
)
#: the fields of a writing or SEO tool's brief ("Search intent:", "Hook:",
#: "Keyphrase density: ..."): a label of one to three words, one of them a tool's
_BRIEF_WORDS = (
    # not a house style's own labels ("HEADLINE:", "BYLINE:", "Keywords:"), which
    # the importer reads, nor an article's ("Key message:")
    r"(?:intent|conversion|hook|keyphrase|keyphrases|density|readability|lcp|cls|"
    r"serp|schema|snippet|slug|cta|persona|angle|seo|meta|alt|word count|"
    r"suggested edit|suggestion|track changes|talking points)"
)
_BRIEF_LABEL = re.compile(
    # "The revision policy:" is a leaflet's: no article before the label
    r"^(?!(?:the|a|an|your|our|my|this|their|his|her) )(?:[a-z]+ ){0,2}"
    + _BRIEF_WORDS
    + r"(?: [a-z]+){0,1}\s*(?:\([^)]{0,30}\))?\s*:"
)
#: a reader's place in a paged viewer or an article cut in two, a reading time
_PAGE_MARK = re.compile(
    r"^(?:page|slide|part|section)?\s*\d{1,4}\s*(?:/|of)\s*\d{1,4}$|"
    # "4 min readDec 14, 2023": a date can follow with no space
    r"^(?:page|slide) \d{1,4}$|\bmin read|"
    r"\b(?:article|story|post|text|content) continues "
    r"(?:below|after|on)\b|^continue reading\b"
)
#: a code block's language label left when the block was copied ("yaml", "Copy")
_CODE_LABEL = re.compile(
    r"^(?:yaml|yml|json|markdown|md|html|css|scss|bash|sh|shell|zsh|console|python|"
    r"javascript|js|jsx|typescript|ts|tsx|plaintext|plain text|xml|sql|csv|toml|"
    r"ini|powershell|java|kotlin|swift|php|ruby|rust|diff|dockerfile|makefile|"
    r"graphql|mermaid|latex|tex)(?: copy(?: code)?| edit)*$"
)
#: a comment box's or a form's prompt ("Would you like to share your thoughts?",
#: "Your rating *", "Email (Required)")
_FORM_PROMPT = re.compile(
    r"\b(?:share your thoughts|leave a (?:comment|reply|review)|join the "
    r"(?:discussion|conversation)|add (?:a|your) (?:comment|review|reply|rating)|"
    r"write a (?:comment|review|response)|to (?:respond|reply|comment) to this "
    r"(?:story|post|article))\b|\((?:required|optional)\)$|"
    # a comment section's notices ("Replies are moderated ...")
    r"\b(?:comments|replies|responses) (?:are|will be|have been) (?:moderated|closed|"
    r"disabled|turned off)\b|^(?:latest|recent|newest|top) (?:comments|replies|"
    r"responses)$"
)
#: a tool, an app or a platform named as what the line is from or for
_TOOL_NAMES = re.compile(
    r"\b(?:chatgpt|copilot|openai|gpt-?\d\w*|llm|bard|perplexity|jasper|grammarly|"
    r"quillbot|wordtune|medium app|claude\.ai|notion ai|mistral|gemini|deepseek)\b"
)
_CHAT_WORDS = _words("pls plz thx thnx lmk tysm ty ur btw imo idk u")
_REQUIRED_MARK = re.compile(r"\w\s\*\s*$")
_FORM_WORDS = (
    "comments",
    "replies",
    "responses",
    "share your",
    "leave a",
    "join the",
    "add a",
    "add your",
    "write a",
    "to re",
    "to comment",
)
_TOOL_STRINGS = (
    "chatgpt",
    "copilot",
    "openai",
    "gpt",
    "llm",
    "bard",
    "perplexity",
    "jasper",
    "grammarly",
    "quillbot",
    "wordtune",
    "mistral",
    "gemini",
    "deepseek",
    "medium app",
    "claude.ai",
    "notion ai",
)
#: the tool's list of what it changed ("Overview of edits:", "Summary of changes")
_EDIT_SUMMARY = re.compile(
    r"\b(?:summary|overview|list|recap|rundown|breakdown) of (?:the |my |key |main )?"
    r"(?:edits|changes|revisions|updates|improvements|fixes|modifications)\b"
)
_SUMMARY_WORDS = _words("summary overview list recap rundown breakdown")
#: a tool walking through its edits part by part ("In the Features section:")
_WALKTHROUGH = re.compile(
    r"^(?:in|for|under|to) (?:the |your )?[\w' -]{1,30} (?:section|paragraph|intro|"
    r"introduction|heading|chapter|part|slide|file|function|component)s?\s*:$"
)
#: a button that sends the reader somewhere ("Click here to open ...", "See all
#: from NAME", "Continue to Day of Procedure")
_NAV_BUTTON = re.compile(
    r"^(?:click|tap) (?:here|on|the|this|to)\b|^see (?:all|more) (?:from|by|in|"
    r"of)\b|^continue to\b|^get the (?:free )?[\w ]{0,20}app\b|"
    # a page's way back, not a patient's ("Return to the Emergency Department if
    # you have:", discharge advice)
    r"^(?:back|return) to (?:the )?(?:top|home|homepage|main|menu|previous|blog|"
    r"index|list|search|results|contents|table of contents|articles?|posts?|page|"
    r"site|start|dashboard|overview|course|chapter|gallery|forum|category|news)\b"
)
#: interface words beyond :data:`.chatter_furniture.INTERFACE_WORDS`: the buttons,
#: panels and states of sites, viewers, apps and repositories, that no health
#: heading is made of
UI_STRONG = (
    INTERFACE_WORDS
    | _words(
        """
        accept reject decline dismiss expand collapse zoom fullscreen
        saved favourite favorite unfavourite wishlist cart basket checkout
        upload uploaded download downloads copied paste clipboard
        starred fork forks commits readme blame
        notifications inbox signed unlimited upgrade pricing billing
        slideshow transcript transcription captions subtitles playlist autoplay
        unmute replay reactions emoji customise customize consent cookies
        trademarks imprint impressum advertise homepage dashboard logout login
        username px
        paywall adblock adblocker allowlist whitelist javascript browser gdpr
        opt-out optout vendors hamburger dropdown toolbar sidebar navbar widget
        plugin plugins iframe rss podcast podcasts spotify itunes youtube vimeo
        soundcloud snapchat telegram messenger discord slack mastodon bluesky
        shortlink hashtag hashtags reposts repost reblog upvote downvote downvotes
        karma moderator moderators admin subreddit forum forums pinned archived
        bookmarked coupon promo subtotal sku lightbox carousel chromecast airplay
        playback hotkeys shortcut shortcuts ctrl cmd esc scroll swipe hover
        installer apps android ios iphone ipad changelog roadmap sdk github gitlab
        bitbucket repo repository gists watchers sponsors clone tarball diff npm
        wiki unread avatar signon logon resubscribe ad-free
        regenerate discard resolved unresolved rating ratings stars reblog
        restacks akismet
        """
    )
) - _words(
    "report feedback related search display document documents similar "
    "settings preferences display content published updated view views "
    "page pages post posts edit edited print terms"
)
#: interface words that are also everyday or health words ("Medical history",
#: "Questions to ask"): interface only beside a word of :data:`UI_STRONG`
UI_WEAK = _words(
    """
    report feedback related search display document documents similar settings
    preferences content published updated view views page pages post posts edit
    edited print terms close open hide show more less fit width go back top
    bottom save library shop store buy copy path file files star stars watch
    branch commit pull requests issues actions releases history raw member handle
    thread threads replies quote quoted locked mobile desktop speed skip drop drag
    members membership access premium plus trial plans library formats format
    available total notes slide slides episode episodes play pause mute volume
    ask answer answers question questions verified expert experts respond react
    manage options necessary analytics marketing functional essential personal
    information sell legal accessibility statement contact about careers jobs
    press partners status security docs api quick find filter filters sort clear
    reset apply submit send cancel ok yes no done undo redo retry refresh reload
    abuse spam flag block unfollow now today yesterday ago min mins read reading
    listen text speech audio home account accounts profile all none other others
    size online chat messages new free
    review reviews response responses story stories write drafts draft modify
    continue instead keep required optional
    """
)
UI_WORDS = UI_STRONG | UI_WEAK
#: words that carry no content of their own
_NEUTRAL = _words(
    """
    a an the this that these those of to for on in at by with from and or as
    your my our you me us it its is are be can do not
    """
)
#: a reader's imperative of care, or a clinic speaking as "we": health writing
_READER = re.compile(
    r"^(?:tell|ask|call|speak|talk|see|contact|take|avoid|keep|try|make sure|"
    r"don't|do not|never|always|if you|when you|you (?:may|might|should|can|will|"
    r"must|could)|your (?:doctor|gp|nurse|midwife|pharmacist|care team|child|baby))\b|"
    r"\bwe (?:will|can|may|might|would|recommend|advise|offer|use|ask|provide)\b"
)
_TOKEN = re.compile(r"[a-z][a-z'-]*|\d[\d,.]*")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]"
)
_DECORATION = re.compile(r"^(?:\s*(?:#{1,6}|>|[-*+\u2022]|\d{1,3}[.)])\s+)+|[*_~`]+")
_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,}|:{3,})")
_ROLE = re.compile(r"\{[a-z][\w:-]{0,30}\}`[^`]{0,200}`")
_LINK_TARGET = re.compile(r"\]\([^)\s]{0,500}\)")
_SIGN_IN = re.compile(r"\b(sign|log)[ -]?(up|in|out|on)\b")
_SENTENCE = re.compile(r"[a-z0-9)\]\"'][.!?]\s*$")


@lru_cache(maxsize=1)
def _fuzzy_index() -> dict[str, str]:
    """Each key word and each of its one-letter deletions, to the word itself:
    a token with one typo shares a key with its word (symmetric deletion)."""
    index: dict[str, str] = {}
    for word in sorted(TEXT_WORDS | EDIT_VERBS | REQUEST_VERBS):
        if len(word) < 5:
            continue
        index.setdefault(word, word)
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1 :], word)
    return index


#: real words one letter from a key word ("chances" is no "changes", "healing" no
#: "heading", "provider" no "provide"): a real word is never read as a typo
_REAL_NEIGHBOURS = _words(
    """
    provider providers working chance chances charge charges healing hearing heating
    heeding teeth sweet tweed white writhe record records reward rewards except
    boiled bowled scared shaded shaped shaved snared stared threat threats tread
    lasted lifted caution field fields fined fired fried sides slices slider product
    products rewarding headlice price prices pierce crease crate creamed crated
    reroute reader readers splint spits spilt spite solid sidle poses ports poets
    posse taylor insect patted pastes paused concussion formal remained retrained
    """
)


def _fix(token: str, known: frozenset[str]) -> str:
    """The key word *token* is a one-typo spelling of, else *token*."""
    if token in known or token in _REAL_NEIGHBOURS or len(token) < 5:
        return token
    index = _fuzzy_index()
    # a typo keeps a word's first letter: "often" is no "soften", "routine" no
    # "outline" (real words one edit from a key word)
    hit = index.get(token)
    if hit and hit[0] == token[0]:
        return hit
    for i in range(1, len(token)):
        hit = index.get(token[:i] + token[i + 1 :])
        if hit and hit[0] == token[0]:
            return hit
    return token


_KNOWN = TEXT_WORDS | EDIT_VERBS | REQUEST_VERBS | UI_WORDS | _NEUTRAL


_WRITE_IMPERATIVES = _words(
    """
    write rewrite redraft draft generate summarise summarize shorten expand simplify
    paraphrase rephrase reword proofread edit polish tweak revise restructure
    translate convert
    """
)
#: "Would a shorter intro work better for your audience?" (with a word for the text)
_WORK_BETTER = re.compile(
    r"would (?:a|an|the|this|it|that) [\w -]{0,40}?(?:work|be|read|sound|fit) "
    r"(?:better|best)\b"
)
_CLAUSE_START = _words("you we they i that which who to")
_A_TAKE = re.compile(
    r"\b(?:my|a|your|the|this|our|quick|different|fresh|honest) take\b"
)
_I_OFFERS = re.compile(r"(?:shall|should|can|could|may|do you want|want) (?:i|me)\b")
_SPEAKER = _words("i i'm i've ive im i'll i'd me my myself")
_PAST_EDITS = _words(
    "changed made added removed kept simplified rewrote revised edited updated "
    "fixed tweaked adjusted moved cut trimmed"
)


def clean(text: str) -> str:
    """Lower case, straight apostrophes, no emoji, emphasis or Markdown marks."""
    text = fold(text)
    # a MyST role's or a link's target is an address, not words of the line
    text = _ROLE.sub("target", text)
    # ("]()" keeps it a link: its text is no "[placeholder]")
    text = _LINK_TARGET.sub("]()", text)
    text = _EMOJI.sub(" ", text)
    text = _DECORATION.sub("", text.strip())
    return " ".join(text.split())


def cues(text: str, *, describe: bool = True) -> dict[str, str]:
    """The cues present in *text*: cue name -> the words that showed it.

    :param describe: also the cues that only describe the line (its shape, its
        reader-directed words), which no finding rests on
    """
    found: dict[str, str] = {}
    if _FENCE.match(text):
        return found  # a code or directive fence ("```{toctree}") is markup
    line = clean(text)
    if not line:
        return found
    # "sign"/"log" are buttons only with "in"/"up"/"out": "Sign legal documents"
    if "sign" in line or "log" in line:
        line = _SIGN_IN.sub(r"\1\2", line)
    tokens = _TOKEN.findall(line)
    words = set(tokens)
    # typos matter only where the tool speaks or presents ("you" alone is
    # mostly a reader: not worth the look-ups on every line of an article)
    mend = bool(words & _SPEAKER or "here" in words or "below" in words)
    if mend:
        tokens = [_fix(t, _KNOWN) for t in tokens]
        words = set(tokens)
    content = [t for t in tokens if t not in _NEUTRAL and not t[0].isdigit()]
    # "ive", "im": the apostrophe left out ("ill", "id" are words)
    first = {
        "i",
        "i'm",
        "i've",
        "ive",
        "im",
        "i'll",
        "i'd",
        "me",
        "my",
        "myself",
    } & words
    second = {"you", "your", "you're", "you've", "you'd", "you'll", "yours"} & words
    text_word = sorted(TEXT_WORDS & words)
    if "take" in text_word and not _A_TAKE.search(line):
        # "my take on it" is a text; "measures you can take" is a verb
        text_word.remove("take")
    edit = sorted(
        verb
        for verb in EDIT_VERBS & words
        if any(
            token == verb and (index == 0 or tokens[index - 1] not in _NOUN_BEFORE)
            for index, token in enumerate(tokens)
        )
    )
    if _NOT_REPLACING.search(line):
        # a disclaimer: "the information in this blog does not replace medical care"
        edit = [verb for verb in edit if verb not in ("replace", "replaces")]
    judged = set(_JUDGED_WRITING.findall(line))
    if judged:
        edit = [verb for verb in edit if verb not in judged]
    # "to help you provided ...": after a verb, "you" is the reader, not a requester
    request = [
        c
        for a, b, c in zip(["", *tokens], tokens, tokens[1:], strict=False)
        if b in ("you", "you've", "you'd")
        and c in REQUEST_VERBS
        and a not in ("help", "helps", "let", "tell", "give", "show")
    ]
    sentence = bool(_SENTENCE.search(line)) and len(tokens) >= 5
    # a quotation's "I" is the person quoted: no speaker cues in it
    if first and not _QUOTATION.search(line):
        found["speaker"] = sorted(first)[0]
    if "speaker" in found and line.startswith(("i ", "i'", "ive ", "im ", "let me")):
        found["speaker first"] = line.split()[0]
    if second:
        found["addressee"] = sorted(second)[0]
    if text_word:
        found["the text"] = text_word[0]
    if edit:
        found["edit verb"] = edit[0]
    # a blogger on their own post: they publish it and write it for readers ("This
    # post has taken me weeks to write ... going to post it", "I wanted to write this
    # post, to those who ..."); a tool's text goes to its requester
    if "speaker" in found and edit and text_word and not _AUTHOR.search(line):
        found["speaker edits the text"] = f"{edit[0]} … {text_word[0]}"
    # "Given the symptoms you've described, we recommend ...": a clinic ("we")
    # answering a patient, not a tool; "Say so if you prefer one.": the reader's
    # choice (a preference is the request as "you'd prefer", or with "I", a word
    # for the text or a "?")
    if first or not re.search(r"\bwe (?:recommend|advise|suggest|would)\b", line):
        request = [
            c
            for c in request
            if c not in ("prefer", "preferred")
            or "you'd prefer" in line
            or first
            or text_word
            or line.endswith("?")
        ]
    else:
        request = []
    if request:
        found["the request"] = f"you {request[0]}"
    # the requester's instruction to the tool, pasted with the answer: an
    # imperative of writing, then a word for the text ("Rewrite the intro ...")
    if tokens and tokens[0] in _WRITE_IMPERATIVES and set(tokens[1:7]) & TEXT_WORDS:
        found["instruction to the tool"] = " ".join(tokens[:7])
    if (m := _ACKNOWLEDGE.search(line)) is not None and not _ARTICLE_ADVERB.match(line):
        found["acknowledging"] = m.group(0).strip(" ,.!:;")
    elif describe and (m := _ANSWER.search(line)) is not None:
        found["answer word first"] = m.group(0).strip(" ,.!:;")
    if (m := _PRESENT.search(line)) is not None:
        found["presenting"] = m.group(0)
        # the word for the text comes after "here's": "Grief is a natural response
        # to loss ... Here are some tips" presents tips to a reader
        after_tokens = _TOKEN.findall(line[m.end() :])[:8]
        # ... and names it before a clause starts: "Below are measures you can
        # take" presents measures ("take" is the clause's verb, not "my take")
        for index, token in enumerate(after_tokens):
            if token in _CLAUSE_START:
                after_tokens = after_tokens[:index]
                break
        after = set(after_tokens)
        if mend:  # as the line's words: "healing" is no typo of "heading" here
            after = {_fix(t, _KNOWN) for t in after}
        presented = sorted(TEXT_WORDS & after)
        if presented == ["blog"] and m.group(0).startswith("this is"):
            # "This is an evidence-based blog.": a blogger on the site, not a
            # text handed over ("This is a draft of your blog post" names one)
            presented = []
        if presented:
            found["presenting the text"] = f"{m.group(0)} … {presented[0]}"
    if (m := _OFFER.search(line)) is not None:
        found["offer"] = m.group(0)
    if line.endswith("?"):
        found["question"] = "?"
        # "Should I make the headings into questions?": "I" offering to change a
        # part of the text ("Should I make an appointment?" names none)
        if text_word and (_I_OFFERS.match(line) or _WORK_BETTER.match(line)):
            found["offer on the text"] = f"{line.split()[0]} i … {text_word[0]}"
        if "speaker" in found:
            found["question with I"] = "?"
        if second and text_word:
            found["question about the text"] = text_word[0]
    if (m := _SIGN_OFF.search(line)) is not None:
        found["sign-off"] = m.group(0)
    if (m := _SELF_CAVEAT.search(line)) is not None:
        found["self-caveat"] = m.group(0)
    if (m := _PLACEHOLDER.search(line)) is not None:
        found["placeholder"] = m.group(0)
    if (m := _LABEL.search(line)) is not None:
        found["label"] = m.group(0)
    if (m := _BRIEF_LABEL.search(line)) is not None and len(tokens) >= 2:
        found["brief field"] = m.group(0)
    # with a word for the text: "You can add these foods to your meals:" is advice
    if text_word and "you" in words and (m := _SUGGEST.search(line)) is not None:
        found["suggestion on the text"] = f"{m.group(0)} … {text_word[0]}"
    if (m := _VERDICT.search(line)) is not None:
        found["verdict on the text"] = m.group(0)
    # the unanchored searches only where their words are: most lines have none
    if words & _CHAT_WORDS and (m := _CHAT_SPEAK.search(line)) is not None:
        found["chat-speak"] = m.group(0)
    # a requester types no full stop ("generate the md file again"): "Write `<b>`
    # for bold in HTML." is a tutorial's sentence
    if not sentence and (m := _PROMPT.search(line)) is not None:
        if words & _OUTPUT_WORDS or text_word:
            found["prompt to the tool"] = " ".join(tokens[:6])
        elif line.endswith(":") and len(tokens) <= 12 and "your" not in words:
            # a template's instruction to its writer ("Add a note about what the
            # workflow does:")
            found["instruction to the writer"] = " ".join(tokens[:6])
    if (m := _CREDIT.match(line)) is not None or (
        "conversation with" in line and (m := _CREDIT.search(line)) is not None
    ):
        found["credit line"] = m.group(0)
    if (m := _REVIEW_STAMP.search(line)) is not None:
        found["review stamp"] = m.group(0)
    if (
        line[:1].isdigit()
        or line.startswith(("page", "slide", "part", "section", "continue"))
        or "min read" in line
        or " continues " in line
    ) and (m := _PAGE_MARK.search(line)) is not None:
        found["place in a viewer"] = m.group(0)
    if (
        "of" in words
        and words & _SUMMARY_WORDS
        and (m := _EDIT_SUMMARY.search(line)) is not None
    ):
        found["summary of the edits"] = m.group(0)
    if (m := _CODE_LABEL.search(line)) is not None:
        found["code block label"] = m.group(0)
    if (line.endswith(")") or any(w in line for w in _FORM_WORDS)) and (
        m := _FORM_PROMPT.search(line)
    ) is not None:
        found["comment or form prompt"] = m.group(0).strip()
    elif (
        len(tokens) <= 4 and text.rstrip().endswith("*") and _REQUIRED_MARK.search(text)
    ):
        # a form field's required mark ("Your rating *"): cleaning takes "*" off
        found["comment or form prompt"] = " ".join(tokens) + " *"
    # a sentence about a tool ("ChatGPT is not a doctor.") names it as its subject,
    # not as its speaker: the name alone decides nothing there
    # (a link of the tool's own, "?utm_source=chatgpt.com", is its words: the
    # cleaned line has no addresses)
    told_about = about_a_tool(line) and "utm_source=chatgpt" not in text.lower()
    if (
        any(n in line for n in _TOOL_STRINGS)
        and (m := _TOOL_NAMES.search(line)) is not None
        and not told_about
    ):
        found["names a writing tool"] = m.group(0)
    if (m := _WALKTHROUGH.search(line)) is not None:
        found["walking through the text"] = m.group(0)
    if (m := _NAV_BUTTON.search(line)) is not None and not sentence:
        found["navigation button"] = m.group(0)
    if "speaker" in found and edit and line.endswith(":") and set(tokens) & _PAST_EDITS:
        found["the tool lists its edits"] = f"{found['speaker']} … {edit[0]}"
    # "Avian influenza (AI)": an abbreviation the text defines is no tool
    if (
        ("ai" in words and "(ai)" not in line)
        or "chatgpt" in words
        or ("assistant" in words)
    ) and not told_about:
        found["names a tool"] = "ai"
    ui = [t for t in content if t in UI_WORDS]
    strong = [t for t in content if t in UI_STRONG]
    # one interface word alone or beside a word of another kind can be a heading
    # ("Cookies", "Next of kin"): two of them, or one no heading is made of
    enough = len(ui) >= 2 or bool(set(strong) & NO_HEADING_WORDS)
    if strong and enough and not sentence and len(content) <= 8:
        if len(ui) == len(content):
            found["all interface words"] = " ".join(ui)
        elif len(ui) * 2 > len(content):
            found["mostly interface words"] = " ".join(ui)
    elif content and len(ui) == len(content) and not sentence and len(content) <= 4:
        found["only everyday interface words"] = " ".join(ui)
    if not describe:
        return found
    if len(tokens) <= 3:
        found["short"] = str(len(tokens))
    if not sentence and not line.endswith(("?", ":")):
        found["no sentence"] = "no full stop"
    if sentence:
        found["sentence"] = "full stop"
    if line.endswith(":"):
        found["ends with colon"] = ":"
    if line.endswith("!"):
        found["exclamation"] = "!"
    if (m := _READER.search(line)) is not None:
        found["to a reader"] = m.group(0)
    if re.search(r"\bwe\b|\bour\b", line):
        found["we"] = "we"
    if (
        len(content) >= 4
        and sum(t not in _KNOWN for t in content) * 4 >= len(content) * 3
    ):
        found["topic words"] = "topic"
    if (
        text[:1].isupper()
        and len(content) >= 2
        and all(w[:1].isupper() for w in text.split() if w[:1].isalpha() and len(w) > 3)
    ):
        found["title case"] = "Title Case"
    return found


#: the speech acts, and which kind of chatter each is (the kind a finding names):
#: the cues that may decide.  The others (a speaker, an addressee, a question, a
#: word for the text, a full stop ...) only describe a line: alone, each is as
#: common in health writing that speaks to its reader
KIND_OF = {
    "acknowledging": "presenting the text",
    "presenting the text": "presenting the text",
    "speaker edits the text": "the tool about its own edits",
    "the request": "the requester's request",
    "instruction to the tool": "the requester's request",
    "offer": "an offer or question to the requester",
    "sign-off": "a sign-off",
    "self-caveat": "the tool's caveat about itself",
    "names a tool": "the tool's caveat about itself",
    "placeholder": "a placeholder",
    "label": "an SEO tool's label",
    "brief field": "an SEO tool's label",
    "suggestion on the text": "an offer or question to the requester",
    "verdict on the text": "the tool about its own edits",
    "chat-speak": "the requester's request",
    "prompt to the tool": "the requester's request",
    "credit line": "page furniture",
    "review stamp": "page furniture",
    "place in a viewer": "page furniture",
    "offer on the text": "an offer or question to the requester",
    "summary of the edits": "the tool about its own edits",
    "instruction to the writer": "a placeholder",
    "code block label": "a chat transcript's interface text",
    "comment or form prompt": "page furniture",
    "names a writing tool": "the tool's caveat about itself",
    "walking through the text": "the tool about its own edits",
    "navigation button": "page furniture",
    "the tool lists its edits": "the tool about its own edits",
    "all interface words": "page furniture",
    "mostly interface words": "page furniture",
    "only everyday interface words": "page furniture",
}


def interface_line(text: str) -> bool:
    """A short line with no sentence and an interface word in it that is no
    everyday word ("Save to Library", not "After you go home"): what a line
    between two leftovers must be to be taken for one (see
    :func:`healthkb.rules.chatter.between_leftovers`)."""
    line = clean(text)
    if not line or text.lstrip().startswith("#") or _END.search(line):
        return False
    tokens = _TOKEN.findall(line)
    return 0 < len(tokens) <= 6 and any(
        _fix(t, _KNOWN) in _NOT_EVERYDAY for t in tokens
    )


_END = re.compile(r"[.!?]\s*$")
_NOT_EVERYDAY = UI_STRONG | INTERFACE_WORDS


def speech_act(text: str) -> tuple[str, str] | None:
    """(kind, cue words) if *text* shows a decisive cue, else None.

    The decisive cues (:data:`.chatter_speech_learned.DECISIVE`) are the ones never
    seen in the corpus's prose and seen in at least ``MIN_SUPPORT`` chatter lines;
    the support was chosen by leave-one-round-out cross-validation.
    """
    from healthkb.rules.chatter_speech_learned import DECISIVE

    found = cues(text, describe=False)
    for cue in DECISIVE:  # in the order written: the most certain first
        if cue in found:
            return KIND_OF[cue], found[cue]
    return None


__all__ = [
    "ACKNOWLEDGED",
    "ADVERB_ACKNOWLEDGING",
    "KIND_OF",
    "TEXT_WORDS",
    "UI_WORDS",
    "clean",
    "cues",
    "interface_line",
    "speech_act",
]
