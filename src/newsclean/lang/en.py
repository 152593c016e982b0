"""English phrase data. Patterns are regular expressions searched in the normalised line
(case-folded, white space collapsed); anchor them with ``^``/``$`` when they must fill the line.

English patterns apply to pages in every language (page furniture is often English).
"""

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "said",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "says",
        "told",
        "according",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^(?:\W*)(?:advertisement|advertising|advert|sponsored|sponsored content|promoted|paid content|ad|ads)(?:\W*)$",
        r"(?:article|story|content) continues (?:below|after)",
        r"continue reading (?:below|the main story)",
        r"^story continues below",
        r"^scroll (?:down )?to (?:continue|read)",
        r"^(?:this )?(?:advertisement|ad) (?:ends|starts|continues)",
        r"^skip (?:this )?ad",
        r"^(?:report|close) (?:this )?ad\b",
        r"^sponsored (?:by|links?|stories)\b",
        r"^paid (?:post|partner|for by)\b",
        r"^(?:advertisement|anzeige) - scroll to continue",
        r"\bad blocker\b|\badblock",
        # affiliate and advertiser disclosures
        r"\b(?:contains?|may contain|includes?) (?:affiliate links|references to products|sponsored content)\b",
        r"\bwe (?:may )?(?:receive|earn|get)\b.{0,40}\b(?:compensation|commission)\b.{0,60}\b(?:links?|purchases?|products?)\b",
        r"^(?:affiliate (?:disclosure|links?)|advertiser disclosure)\b",
    ),
    "subscription_prompt": (
        r"your subscription (?:could not|has been|was)\b",
        r"subscribe (?:to|for|now|today|and save)\b",
        r"^subscribe\W*$",
        r"sign (?:up|me up) (?:for|to) (?:our|the|my|a)?\s?(?:\w+ )?(?:newsletters?|emails?|alerts?|briefing|updates)",
        r"^sign up\W*$|^sign up (?:now|today|here|free)\b|\bsign up here\W*$|^sign up to (?:get|receive)\b",
        r"\bnewsletters?\b.{0,60}\b(?:inbox|sign up|subscribe|delivered|email)\b",
        r"\b(?:inbox|sign up|subscribe|delivered|email)\b.{0,60}\bnewsletters?\b",
        r"^(?:get|receive) (?:our|the) .{0,40}(?:newsletter|emails?|updates|alerts)",
        r"by providing an email address",
        r"(?:enter|your) (?:your )?e-?mail(?: address)?(?: here| below)?\W*$",
        r"^e-?mail(?: address)?\W*$",
        r"thank you for (?:subscribing|signing up|registering)",
        r"(?:already|not) a (?:subscriber|member)\b",
        r"already (?:have an account|registered|subscribed)",
        r"^(?:log|sign) ?in\b.{0,40}$",
        r"^(?:log|sign) ?(?:out|up)\W*$",
        r"^(?:create|register) (?:an|a free|your) account",
        r"^register\W*$|^my account\W*$",
        r"(?:start|begin) your (?:free )?(?:trial|subscription)",
        r"unlimited (?:digital )?access\b",
        r"(?:this|the) (?:article|content|story) is (?:for|available to|exclusive to) (?:subscribers|members)",
        r"subscribers? only\b|\bfor subscribers\b|exclusive for subscribers",
        r"you have (?:reached|read) (?:your|the|\d+) ?(?:limit|free articles?|articles)",
        r"(?:free|remaining) articles? (?:left|remaining)\b",
        r"to continue reading\b",
        r"support (?:our|independent|quality) journalism",
        r"(?:become|join as) a (?:member|subscriber|supporter)\b",
        r"\b(?:per|a|/) (?:month|week)\b.{0,30}\bcancel anytime\b|\bcancel (?:at )?any ?time\b",
        r"^(?:donate|contribute) (?:now|today)\b",
        r"we (?:will|won't|do not|never) (?:share|sell|spam)\b.{0,40}\b(?:e-?mail|data|address|information)",
        r"you (?:can|may) unsubscribe at any time",
        r"(?:check|verify) your (?:inbox|email)",
        r"invalid e-?mail|please (?:enter|provide) a valid e-?mail",
        r"please try again(?: later)?\W*$",
        r"^(?:something went wrong|an error (?:has )?occurred)\b",
        r"^get (?:the|our) (?:free )?app\b|^download (?:the|our) (?:free )?app\b",
        r"\b(?:download|get) (?:the|our) (?:\w+ ){0,3}apps? (?:for|on) (?:ios|android|iphone)\b|^get the latest news\b.{0,60}\bapp\b",
        r"^(?:turn on|enable|allow) (?:push )?notifications\b",
        r"\bi agree to the (?:terms|privacy)",
        r"^(?:required|optional)\W*$|^\* ?required\b",
        r"^(?:first|last|full) name\W*$|^password\W*$|^username\W*$",
        r"^(?:remember me|forgot (?:your )?password\??|show password)\W*$",
        r"^(?:submit|send|go|ok|search)\W*$",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:consent|policy|settings|preferences|accept|agree|experience|browsing|continu|site|website)",
        r"\b(?:we|this (?:web)?site) uses? cookies\b",
        r"^(?:accept|reject|allow|decline|manage)(?: all)? (?:cookies|options|settings|preferences)\W*$",
        r"^(?:i )?(?:accept|agree|got it|ok|okay|understood|dismiss|close)\W*$",
        r"this is an information message",
        r"privacy (?:settings|preferences|center|centre|choices)\W*$",
        r"do not sell (?:or share )?my (?:personal )?(?:info|information|data)",
        r"javascript (?:is )?(?:disabled|required|must be enabled)|enable javascript|(?:please )?(?:turn on|enable) javascript",
        r"your browser (?:is out of date|does not support|is not supported)|upgrade your browser",
    ),
    "social_share": (
        r"^(?:share|tweet|email|print|pin|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|copy link|copied!?)"
        r"(?:\W{1,10}(?:share|tweet|email|e-mail|print|pin|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest|flipboard|copy link|messenger|telegram|sms|comments?)){0,20}\W*$",
        r"^share (?:this|on|via|the|article|story|page|to)\b",
        r"^(?:click|tap) to (?:share|email|print|tweet)",
        r"^follow (?:us|me)\b(?: on\b)?",
        r"^(?:like|follow) (?:us|\w+) on (?:facebook|twitter|instagram|x)\b",
        r"^(?:opens|open) in (?:a )?new (?:window|tab)\W*$",
        r"^(?:(?:facebook|twitter|instagram|youtube|linkedin|tiktok|pinterest|rss|whatsapp)\W{0,10}){2,20}$",
        r"^\d+\s?(?:shares?|views?|likes?)\W*$",
        r"^(?:save|saved|bookmark|gift|listen|listen to (?:this )?(?:article|story))(?:\W+\d+ ?(?:min|mins|minutes))?\W*$",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?comments?\W*(?:\(\d+\))?$",
        r"^(?:leave|post|add|write|submit|view|show|hide|read|see|load) (?:a |all |more |the )?(?:\d+ )?(?:comments?|replies|reply|responses?)",
        r"^(?:no|be the first to) (?:comments?|comment|respond|reply)",
        r"^join the (?:conversation|discussion|debate)",
        r"^(?:what do you think|have your say|tell us what you think)\b",
        r"comments? (?:are|is) (?:closed|moderated|disabled)",
        r"^you must be logged in to (?:post|comment|reply)",
        r"^your email address will not be published",
        r"^(?:reply|report|flag|like|dislike|cancel reply)\W*$",
        r"^(?:newest|oldest|most popular|best|top) (?:first)?\W*$",
        r"^(?:sort|order) by\b",
        r"^(?:log in|sign in|register) to (?:comment|reply|post)",
        r"comment policy|community (?:guidelines|standards|rules)",
        r"^(?:name|email|website|comment)\s?\*?\W*$",
        r"^(?:notify me (?:of|via|by|when)|save my name)",
        r"^this site uses akismet to reduce spam",
        r"^(?:to|in order to) (?:comment|post a comment|reply),? (?:you must|you need to|please)\b",
    ),
    "cross_link": (
        r"^(?:read|read more|read also|also read|more|see also|see more|related|related (?:articles?|stories|content|coverage|news|links|reading|posts?)|"
        r"recommended|more (?:on|from|about|stories|news|coverage|reading)|further reading|watch|watch now|listen|video|must read|don't miss|"
        r"also on \w+|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|trending|popular|most (?:read|popular|viewed|shared))\s?[:»>|\-–—]",
        r"^(?:read|see|watch|listen)(?: more| also| the full| our)?\s?(?:here|:|»|>)",
        r"^(?:previous|next) (?:article|story|post)\s?[:»>|\-–—]",
        r"^(?:read|see|watch|continue reading|read the (?:full|rest of the)|view) (?:more|full|the full|the rest|the original|original|all|this)\b.{0,40}$",
        r"^(?:click|tap) here\b",
        r"^(?:more|see all|view all|show all|show more|load more|read more|see more|learn more|find out more|more stories|more news|more videos|all news)\W*$",
        r"^(?:previous|next)(?: (?:article|story|post|page|slide|image|photo))?\W*$|^(?:«|‹|<)\s?(?:previous|prev|older)|(?:next|newer)\s?(?:»|›|>)$",
        r"^(?:go )?back to (?:top|home|the top|homepage|article|story)\W*$|^(?:top|↑|▲)\W*$|^(?:back|return) to\b.{0,30}$",
        r"^(?:photos?|video|gallery|slideshow|watch|audio|podcast|live)\s?[:|]\s",
        r"^(?:\d+ )?(?:photos?|images?|videos?|slides?)\W*$|^(?:photo|image|slide) \d+ (?:of|/) \d+\W*$|^\d+ ?/ ?\d+\W*$",
        r"^(?:play|pause|mute|unmute|replay|fullscreen|full screen|expand|collapse|close|enlarge|zoom)(?: video| image| this)?\W*$",
        r"^(?:now playing|up next|watch next|coming up|next up)\b",
        r"^(?:\d+:\d+|\d+ (?:min|mins|minutes?|sec|seconds) (?:read|watch|listen))\W*$",
        r"^\d+ (?:min|minute)s? read\b",
    ),
    "promo_heading": (
        r"^(?:featured|top|latest|trending|popular|recommended|related|editor'?s'? picks?|more|other|recent|hot|today'?s?|breaking)"
        r"(?: (?:stories|articles|news|posts|videos|headlines|reads|topics|content|links|coverage|from \w+(?: \w+)?))?(?: now| today)?\W*$",
        r"^(?:most (?:read|popular|viewed|shared|commented|emailed|recent)|top (?:stories|news|picks|\d+)|what'?s (?:new|hot|popular|trending))\b.{0,20}$",
        r"^(?:in|from) (?:other|our) (?:news|sites|partners|network)\W*$|^from (?:around|across) the web\W*$",
        r"^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|we recommend|recommended for you|around the web|more to explore|don'?t miss)\W*$",
        r"^(?:promoted|partner|sponsored) (?:stories|content|links)\W*$",
        r"^(?:this|today|the week) in\b.{0,20}$",
        r"^(?:breaking news|live updates?|live blog|developing story|just in|update[sd]?)\W*$",
        r"^(?:topics?|tags?|categories|category|filed under|posted in|sections?|keywords?)\W*$",
        r"^(?:in this (?:article|story)|on this page|contents|table of contents|jump to)\W*$",
        r"^(?:latest|more) (?:news|stories|articles)\b.{0,30}$",
    ),
    "image_credit": (
        r"^(?:image|photo|picture|video) (?:credit|source|courtesy)s?\b",
        r"^(?:credit|source|courtesy|via)\s?:",
        r"^(?:photographs?|illustrations?|graphic|photo illustration)\s?(?::|by)\s",
        r"^\(?(?:photo|image|picture|file photo)\)?\W*$",
    ),
    "footer": (
        r"©|\(c\) ?(?:copyright|\d{4})|^copyright\b|\bcopyright ©|\bcopyright \d{4}",
        r"all rights reserved|alle rechte vorbehalten",
        r"^(?:terms (?:of (?:use|service|sale))?|terms (?:&|and) conditions|privacy(?: policy| notice| statement)?|cookie (?:policy|settings|preferences)|"
        r"accessibility(?: statement)?|sitemap|site map|about us|contact us|contact|advertise(?: with us)?|careers|jobs|imprint|legal(?: notice)?|"
        r"disclaimer|help|faq|feedback|corrections|rss(?: feeds?)?|newsletters?|archives?|masthead|ethics policy|code of (?:ethics|conduct)|"
        r"subscriptions?|site index|work (?:with|for) us|press(?: room| releases)?|editorial (?:policy|standards|guidelines)|"
        r"manage (?:preferences|consent|cookies)|your (?:privacy )?choices|ad ?choices|licensing|reprints?(?: (?:&|and) permissions)?|store|shop)\W*$",
        # two legal links on one line: "Privacy Policy | Terms of Use | Contact Us"
        r"\b(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|sitemap)\b.{0,60}"
        r"\b(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|sitemap|careers|advertise)\b",
        r"\b(?:is|are) (?:a )?(?:registered )?trademarks? of\b",
        r"^(?:powered by|designed by|developed by|website by|site by|built with|hosted by)\s",
        r"may not be (?:published|reproduced|broadcast|rewritten|redistributed)",
        r"without (?:the )?(?:express |prior )?(?:written )?permission (?:of|from)",
        r"^(?:this (?:material|article|story|content)|this site) (?:is|was|may)\b.{0,80}(?:copyright|protected|reproduced|distributed|permission)",
        r"\bpart of (?:the )?\w+(?: \w+)? (?:media|network|group|publishing|digital)\b.{0,30}$",
        r"registered (?:in england|office|company|charity)|company (?:number|no\.?|registration)",
        r"\b(?:licensed|available) under (?:a |the )?creative commons\b",
        r"^(?:follow us|connect with us|stay connected|find us)\b",
        r"^(?:about|company|resources|services|more|support|legal|connect|sections|explore|our network|our sites|quick links)\W*$",
    ),
    "navigation": (
        r"^(?:home|menu|main menu|navigation|search|search for|toggle (?:navigation|menu)|skip to (?:main )?(?:content|navigation)|"
        r"(?:open|close|show|hide) (?:menu|navigation|search)|main navigation|site navigation|you are here|breadcrumbs?|"
        r"all sections|sections|more sections|search this site|what are you looking for\??|search …|search\.{3})\W*$",
        r"^skip to\b",
        r"^(?:home|start)\s?(?:›|»|>|/|\|)\s",
        r"^(?:jump|go) to (?:navigation|content|main|search)",
        r"^(?:advanced search|search results|search query)\b",
        r"^(?:edition|choose your edition|select (?:a )?(?:region|edition|language)|change edition|language)\W*$",
        r"^(?:en|de|fr|es|it|pt|nl|english|deutsch|français|español|italiano)\W*$",
        r"^(?:weather|horoscopes?|crosswords?|puzzles|games|obituaries|classifieds|e-?paper|e-?edition|events|deals|coupons|marketplace)\W*$",
        r"^(?:news|sport|sports|business|politics|opinion|culture|lifestyle|entertainment|tech|technology|science|health|travel|"
        r"world|local|national|u\.?s\.?|uk|europe|asia|africa|americas|middle east|economy|markets|money|arts|books|music|film|"
        r"movies|tv|television|food|style|fashion|autos|cars|real estate|education|environment|climate|video|videos|photos|"
        r"podcasts?|live|sections|more|latest|trending|features|columns|editorials|letters|blogs?)\W*$",
    ),
    # Not a removal reason: the metadata of readers' comments, which tells a comment section apart.
    "comment_meta": (
        r"^(?:posted|written|submitted|comment) by\b",
        r"^(?:reply|report|flag|like|share|permalink|link)(?: to this)?(?: comment)?\W*$",
        r"\bsays:$|\bwrote:?$|\bsaid(?: on)?:$",
        r"\b\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b",
        r"\b(?:at|@) \d{1,2}:\d\d ?(?:[ap]\.?m\.?)?\W*$",
        r"^in reply to\b|^(?:log in|sign in|register) to reply|^(?:up|down)vote\b",
    ),
}

#: Labels that introduce a tag list ("TAGS: Conflict, Russia").
TAG_LABELS = (
    "tags",
    "tagged",
    "tagged with",
    "topics",
    "related topics",
    "keywords",
    "filed under",
    "categories",
    "tagged as",
)

#: Month names and abbreviations (case-folded) -> month number, for dates in the text.
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Words that introduce the authors on a byline ("By Jane Doe").
BYLINE_PREFIXES = ("by", "written by", "posted by", "words by", "story by", "report by", "reporting by", "author")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

#: How a numeric date whose day and month could be swapped ("03/04/2021") reads: "dmy" or "mdy".
DATE_ORDER = "mdy"
#: What follows the day's number in a date ("3rd", "1er", "1º", "3.").
ORDINALS: frozenset[str] = frozenset({"st", "nd", "rd", "th"})
#: Words between the day and the month's name ("3rd of March", "3 de marzo").
DAY_OF: frozenset[str] = frozenset({"of"})
#: Words between the month's name and the year ("3 de marzo de 2024").
YEAR_OF: frozenset[str] = frozenset()  # none yet
#: Words that mark a date as the last update rather than the publication.
UPDATED: frozenset[str] = frozenset({"updated", "last updated", "modified"})
#: A newsroom named as a byline's organisation ("Staff", "Redaktion"), spelled as the byline gives it.
NEWSROOMS: frozenset[str] = frozenset(
    {"Staff", "Staff Reports", "Wire Reports", "wire services", "news agencies", "Agencies", "Newsdesk"}
)
#: Job titles that follow a name on a byline ("JOHN SMITH | Staff Writer"): never an author.
BYLINE_ROLES: frozenset[str] = frozenset(
    {
        "staff writer",
        "staff reporter",
        "reporter",
        "correspondent",
        "senior correspondent",
        "editor",
        "senior editor",
        "contributing writer",
        "contributor",
        "columnist",
        "writer",
        "special correspondent",
        "staff",
        "freelance writer",
        "journalist",
    }
)
#: Words of a job title (see BYLINE_ROLES) that alone make no job title ("staff", "senior").
ROLE_QUALIFIERS: frozenset[str] = frozenset({"staff", "senior", "special"})
#: Single words, besides those of BYLINE_ROLES, that make a line a job title ("Marketing Manager").
JOB_WORDS: frozenset[str] = frozenset(
    {
        "manager",
        "marketing",
        "director",
        "officer",
        "founder",
        "scientist",
        "coordinator",
        "strategist",
        "consultant",
        "professor",
        "engineer",
        "developer",
        "analyst",
        "moderator",
    }
)
#: Words that open a job title below a name ("Chefredakteur", "Deputy Editor").
ROLE_OPENERS: frozenset[str] = frozenset({"chief", "managing", "deputy", "executive"})
#: Job-title words a scraper glues, capitalised, to the name before them ("Evan HalperStaff Writer").
GLUED_ROLES: frozenset[str] = frozenset({"staff", "senior", "reporter", "editor", "correspondent", "contributor"})
#: Degrees and honorifics after a name ("Jane Doe, PhD"): where the names end.
DEGREES: frozenset[str] = frozenset(
    {"ma", "md", "phd", "ph.d", "ph.d.", "mba", "msc", "bsc", "ba", "rn", "dr", "prof", "mph"}
)
#: Professions written before a name ("Rechtsanwalt Jane Doe"): no part of it.
PROFESSIONS: frozenset[str] = frozenset()  # none yet
#: Small words inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset()  # none yet
#: Endings of adjectives, never part of a name ("Europäische").
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
#: Words that are never part of a person's name on a byline (navigation, prompts, times).
NOT_NAMES: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "our",
        "your",
        "this",
        "email",
        "e-mail",
        "mail",
        "author",
        "authors",
        "share",
        "follow",
        "comments",
        "comment",
        "more",
        "home",
        "news",
        "menu",
        "login",
        "subscribe",
        "updated",
        "published",
        "posted",
        "hours",
        "hour",
        "minutes",
        "minute",
        "ago",
        "days",
        "yesterday",
        "today",
        "am",
        "pm",
        "admin",
        "staff",
        "editor",
        "editors",
        "team",
        "read",
        "view",
        "all",
        "profile",
        "contact",
        "twitter",
        "facebook",
        "tweets",
        "posts",
        "recent",
        "latest",
        "related",
        "previous",
        "next",
        "search",
        "blog",
        "forum",
        "times",
        "journal",
        "magazine",
        "online",
        "translation",
        "password",
        "topics",
        "edition",
        "to",
        "of",
        "for",
        "with",
        "from",
        "sponsored",
        "paid",
        "content",
        "category",
        "categories",
        "photo",
        "photos",
        "illustration",
    }
)
#: The word "and" between two names ("Jane Doe and John Roe").
AND_WORDS: frozenset[str] = frozenset({"and"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"with"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset({"reports", "reported", "reporting"})
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset(
    {
        "add",
        "cart",
        "basket",
        "checkout",
        "buy",
        "shop",
        "sign",
        "login",
        "log",
        "register",
        "subscribe",
        "menu",
        "search",
        "cookies",
        "download",
        "print",
        "share",
        "order",
        "account",
        "password",
        "newsletter",
        "skip",
        "wishlist",
        "tags",
        "tagged",
        "topics",
        "filed",
    }
)
#: Words between the names and the date or place after them ("Jane Doe on May 3", "Jane Doe am 3. Mai").
BEFORE_DATE: frozenset[str] = frozenset({"on", "in", "under", "for", "at"})
#: Like BEFORE_DATE, only in small letters ("Le" opens names: "Jean Le Pen").
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
#: Words (in small letters) that end a user name after "Posted by" ("by gizmo on May 3").
AFTER_USERNAME: frozenset[str] = frozenset({"on", "at", "in"})
#: Words that end the names on a byline ("Jane Doe Published ...", "Jane Doe folgen").
AFTER_NAMES: frozenset[str] = frozenset({"published", "posted", "updated", "last", "created", "follow"})
#: Words that end a name before the date they label ("Jane Doe Zuletzt geändert am 06.11.2023").
DATE_LABELS: frozenset[str] = frozenset({"updated", "last", "published", "posted"})
#: Words of publishing that may come before the byline word ("Posted on 3 May 2024 by ...").
PUBLISHED: frozenset[str] = frozenset({"posted", "published", "written", "updated"})
#: Words that may stand before a byline word alone on a line ("Published by", "Ein Kommentar von").
LABEL_WORDS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "article",
        "blog",
        "column",
        "analysis",
        "story",
        "text",
        "report",
        "interview",
        "essay",
        "post",
        "posted",
        "published",
        "written",
    }
)
#: What may follow the byline word at the end of a label ("AUTOR/IN", "Auteur(s) :").
LABEL_ENDINGS: frozenset[str] = frozenset()  # none yet
#: Words before a byline word that make it a pointer elsewhere ("More by", "Mehr von"), not a byline.
MORE_BY: frozenset[str] = frozenset({"more", "other", "all"})
#: The word "about" of a heading over an author box ("About the author", "Über den Autor").
ABOUT: frozenset[str] = frozenset({"about"})
#: Articles between ABOUT and AUTHOR_WORDS ("About the author").
ABOUT_THE: frozenset[str] = frozenset({"the"})
#: The word "author" of a heading over an author box, and at the end of a label ("Autor:").
AUTHOR_WORDS: frozenset[str] = frozenset({"author"})
#: Words of a comment link after a blog post's author ("Jane Doe 3 Kommentare", "Leave a comment").
COMMENT_WORDS: frozenset[str] = frozenset({"comment", "comments", "leave", "reply"})
#: Words that open a bio after a byline's name ("By Jane Doe, a senior reporter who ...").
BIO_STARTS: frozenset[str] = frozenset({"a", "an", "the"})
#: Regular expressions (searched, case ignored) for a time relative to now ("3 hours ago").
RELATIVE_TIMES: tuple[str, ...] = (
    r"(?:^|[•·|]\s*)\d{1,2}\s?(?:min|hrs?|[smhdw])\Z",
    r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago\b",
)
#: Regular expressions one of which a RELATIVE_TIMES match without a digit holds (a quick test first).
RELATIVE_CUES: tuple[str, ...] = (r"\bago\b",)
#: Words after the minutes of a reading time ("5 min read", "3 Min. Lesezeit").
READ_TIME: frozenset[str] = frozenset({"read"})
#: Words that name a reading time even without the minutes ("Lesezeit").
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
#: The word "follow" of a social-media prompt between a name and its date.
FOLLOW: frozenset[str] = frozenset({"follow"})
#: Words before a clock time ("um 14:32").
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
#: Words after a clock time ("14:32 Uhr"); "a.m."/"p.m." are read as a 12-hour clock everywhere.
TIME_AFTER: frozenset[str] = frozenset()  # none yet
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("{n} {unit} ago",)
ONE_WORDS: frozenset[str] = frozenset({"a", "an", "one"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "mins", "minute", "minutes"})
HOUR_WORDS: frozenset[str] = frozenset({"hr", "hrs", "hour", "hours"})
DAY_WORDS: frozenset[str] = frozenset({"day", "days"})
WEEK_WORDS: frozenset[str] = frozenset({"week", "weeks"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"yesterday"})
TODAY: frozenset[str] = frozenset({"today"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset(
    {
        "terms",
        "use",
        "privacy",
        "policy",
        "rights",
        "reserved",
        "conditions",
        "cookies",
        "cookie",
        "disclaimer",
        "legal",
        "sitemap",
    }
)
