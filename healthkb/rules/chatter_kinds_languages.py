"""An assistant's speech acts in other languages than English.

A health site in English may still get a draft whose writing tool talked to its
requester in German, Spanish, French, Italian, Portuguese, Chinese or Japanese.
What the tool does is the same as in English (:mod:`healthkb.rules.chatter`):
it agrees to the request, presents its text, apologises, offers more and signs
off. Each entry names the words a language does that with, not a round's lines;
a health article in English contains none of them. Patterns are over
:func:`healthkb.rules.chatter.normalise`'s text (lower case), bounded and
anchored or starting with a literal.
"""

from __future__ import annotations

#: an agreement opening the turn, then a stop: "Bien sûr !", "Claro!", "Gerne."
_AGREE = (
    r"(?:bien sûr|claro|natürlich|selbstverständlich|gerne?|klar|certo|certamente|"
    r"por supuesto|desde luego|perfecto|perfeito|parfait|d'accord|entendu|"
    r"va bene|ovviamente|com certeza|sem problemas?|sin problema|pas de problème|"
    r"nessun problema|kein problem|genau)"
)

LANGUAGES: tuple[tuple[str, str], ...] = (
    (
        "presenting the text",
        # agreement, then a stop
        r"^\W{0,3}" + _AGREE + r"\s?[!,.:]|"
        # "here is / here are" and "below is": German, Spanish, Portuguese,
        # French, Italian
        r"^\W{0,3}hier (?:ist|sind) (?:die|der|das|dein|deine|ihr|ihre|eine?|ein paar|"
        r"einige)\b|\bhier sind ein paar\b|"
        r"\baquí (?:tienes|tiene|está|están|va|te dejo)\b|\bte dejo (?:el|la|una?|los|"
        r"las)\b|\baqui (?:está|estão|vai|segue)\b|\bsegue (?:abaixo|o |a )|"
        r"\bvoici (?:le|la|les|l'|une?|votre|vos|ton|ta|tes|ce|cette|quelques)\b|"
        r"\becco (?:il|la|lo|i|gli|le|l'|una?|alcuni|alcune|qui)\b|"
        # Chinese and Japanese: "OK, below is …", "Understood. The following …"
        r"^\W{0,3}(?:好的|当然|没问题|可以的)|(?:以下是|下面是|这是)(?:为您|您|根据|基于|"
        r"[^。]{0,30}(?:结果|内容|报告|表格|版本|翻译|译文))|"
        r"^\W{0,3}(?:はい|承知(?:いた)?しました|かしこまりました|了解しました|もちろんです)|"
        r"以下(?:は|が|に|の通り|です)",
    ),
    (
        "the tool about its own edits",
        # the tool describing what it made: Japanese and Chinese verbs of its work
        r"(?:網羅しています|まとめました|作成しました|用意しました|翻訳しました|"
        r"生成しました|修正しました)|(?:我已(?:经)?(?:为您)?|已为您|为您)(?:整理|生成|"
        r"翻译|修改|准备|撰写|编写)",
    ),
    (
        "an apology",
        r"^\W{0,3}(?:es )?tut mir leid\b|^\W{0,3}entschuldigung\b|^\W{0,3}lo siento\b|"
        r"^\W{0,3}(?:je suis )?désolée?\b|^\W{0,3}mi dispiace\b|^\W{0,3}(?:me )?desculpe\b|"
        r"^\W{0,3}sinto muito\b|^\W{0,3}(?:抱歉|对不起|申し訳(?:ありません|ございません)|"
        r"すみません)",
    ),
    (
        "an offer or question to the requester",
        r"\bsoll ich\b|\b(?:möchtest du|möchten sie|willst du),? dass ich\b|"
        r"\bkann ich (?:dir|ihnen) (?:noch )?(?:helfen|mehr)\b|"
        r"\b(?:quieres|te gustaría|desea|deseas) que (?:te |lo |la |le )?\w{2,20}\b|"
        r"\bveux\W{1,2}tu que je\b|\b(?:voulez|souhaitez)\W{1,2}vous que je\b|"
        r"\btu veux que je\b|\bje peux (?:aussi|également)\b|"
        r"\b(?:vuoi|desideri|vorresti) che (?:io )?\w{2,20}\b|"
        r"\b(?:você )?(?:quer|gostaria) que eu\b|"
        r"(?:如需|如果需要|需要我|要不要我|是否需要我|如有需要)|请告(?:知|诉我)|"
        r"(?:いかがでしょうか|お知らせください|ご連絡ください|ご要望があれば)",
    ),
    (
        "a sign-off",
        r"\bich hoffe,? (?:das|dies|es) hilft\b|"
        r"\bespero que (?:esto|esta|este|isso|isto|te|le|lhe)? ?(?:te |le |lhe )?"
        r"(?:ayude|sirva|sea útil|ajude|seja útil)\b|"
        r"\bj'espère que (?:cela|ça|ceci) (?:t'|vous )?(?:aide|aidera|sera utile)\b|"
        r"\bspero (?:che )?(?:ti |questo |sia |ti sia |possa essere )?(?:utile|aiuti)\b|"
        r"希望(?:这|以上|对您|对你|能)|(?:お役に立てれば|参考になれば)|^\W{0,3}以上です",
    ),
)

__all__ = ["LANGUAGES"]
