"""Dutch phrase data, Netherlands and Flanders (see ``newsclean.lang.en`` for the format)."""

STOPWORDS = frozenset(
    [
        "aan",
        "al",
        "alle",
        "alleen",
        "als",
        "altijd",
        "ander",
        "andere",
        "ben",
        "bent",
        "bij",
        "daar",
        "daarbij",
        "daarmee",
        "daarna",
        "daarom",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "doen",
        "door",
        "dus",
        "echter",
        "een",
        "eens",
        "eigen",
        "en",
        "enkele",
        "er",
        "geen",
        "geweest",
        "haar",
        "had",
        "hadden",
        "heb",
        "hebben",
        "heeft",
        "hem",
        "hen",
        "het",
        "hier",
        "hij",
        "hoe",
        "hun",
        "iemand",
        "iets",
        "ik",
        "in",
        "is",
        "je",
        "jij",
        "jou",
        "jouw",
        "jullie",
        "kan",
        "komen",
        "komt",
        "kon",
        "konden",
        "kunnen",
        "laat",
        "maar",
        "meer",
        "men",
        "met",
        "mij",
        "mijn",
        "moet",
        "moeten",
        "na",
        "naar",
        "nadat",
        "niet",
        "niets",
        "nog",
        "nooit",
        "nu",
        "of",
        "om",
        "omdat",
        "onder",
        "ons",
        "onze",
        "ook",
        "op",
        "over",
        "sinds",
        "te",
        "tegen",
        "terwijl",
        "tijdens",
        "toch",
        "toen",
        "tot",
        "tussen",
        "u",
        "uit",
        "uw",
        "van",
        "vanaf",
        "veel",
        "volgens",
        "voor",
        "waar",
        "waarbij",
        "waardoor",
        "waarin",
        "want",
        "waren",
        "was",
        "wat",
        "we",
        "wel",
        "welke",
        "werd",
        "werden",
        "wie",
        "wij",
        "wil",
        "wilde",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zegt",
        "zei",
        "zelf",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zoals",
        "zonder",
        "zou",
        "zouden",
        "zullen",
        "anders",
        "beide",
        "daarin",
        "daarvan",
        "dezelfde",
        "elk",
        "elke",
        "gaan",
        "gaat",
        "ging",
        "goed",
        "heel",
        "hierbij",
        "ieder",
        "inmiddels",
        "later",
        "mee",
        "misschien",
        "ongeveer",
        "vooral",
        "waarop",
        "weer",
        "zeker",
        "zeggen",
        "zien",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^\W*(?:advertenties?|reclame|gesponsord|gesponsorde (?:inhoud|content|links|artikelen)|partnercontent|"
        r"commercieel bericht|in samenwerking met [\w .'&-]{2,40}|aangeboden door [\w .'&-]{2,40})\W*$",
        r"(?:artikel|verhaal|bericht) gaat (?:verder )?(?:onder|na) (?:de|deze) advertentie|(?:lees|scroll) verder (?:onder|na) de advertentie",
        r"(?:schakel|zet) (?:je |uw )?(?:adblocker|advertentieblokker) uit",
    ),
    "subscription_prompt": (
        r"^(?:abonneer(?: nu)?|abonneren|word abonnee|abonnee worden|word lid|inloggen|uitloggen|log uit|aanmelden|afmelden|"
        r"registreren|mijn account|mijn profiel|account aanmaken|wachtwoord(?: vergeten)?\??|gebruikersnaam|verstuur|versturen|verzenden)\W*$",
        r"^(?:abonneer|meld je aan|schrijf je in|registreer|word abonnee|neem een abonnement) (?:nu|op|voor|je|gratis|hier)\b",
        r"(?:artikel|verhaal|inhoud) (?:is )?(?:alleen|exclusief) voor abonnees|^(?:alleen|exclusief) voor abonnees\W*$|"
        r"\b(?:ben je|bent u) al (?:abonnee|lid)|nog geen abonnee|^(?:plus|premium)-?artikel\W*$",
        r"nieuwsbrie(?:f|ven)\b.{0,60}\b(?:ontvang|aanmeld|inschrijv|meld je|schrijf je|gratis|inbox|mailbox)",
        r"\b(?:ontvang|meld je aan|schrijf je in|abonneer)\b.{0,60}\bnieuwsbrie(?:f|ven)\b",
        r"^(?:je |jouw |uw )?e-?mail(?:adres)?\W*$|^(?:vul|voer) (?:hier )?(?:je|uw) e-?mail(?:adres)? in|(?:ongeldig|geen geldig) e-?mailadres",
        r"je hebt (?:je|het) (?:maximale )?(?:aantal )?(?:gratis )?(?:artikelen|limiet)|(?<!\d)\d+ gratis artikel(?:en)? (?:over|te lezen)",
        r"bedankt voor (?:je|uw|jouw) (?:aanmelding|inschrijving|registratie)|(?:dagelijks|maandelijks|altijd) opzegbaar",
        r"^steun (?:onze |de )?(?:onafhankelijke )?journalistiek|^(?:download|installeer) (?:de|onze) (?:gratis )?app\b",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:akkoord|toestemming|accepte|instellingen|voorkeuren|weiger)",
        r"(?:wij|we|deze (?:web)?site) (?:gebruik(?:t|en)?|plaats(?:t|en)?) cookies|met (?:jouw|uw) toestemming (?:plaatsen|gebruiken)",
        r"^(?:akkoord|ga akkoord|ik ga akkoord|accepteren|accepteer|alles accepteren|accepteer alles|alle cookies accepteren|"
        r"weigeren|alles weigeren|afwijzen|instellingen(?: aanpassen)?|cookie-?instellingen|voorkeuren (?:beheren|aanpassen)|begrepen)\W*$",
        r"javascript (?:is )?uitgeschakeld|(?:schakel|zet) javascript (?:in|aan)|(?:je|uw) browser (?:is verouderd|wordt niet ondersteund)",
    ),
    "social_share": (
        r"^(?:delen|deel(?: dit artikel)?|printen|afdrukken|mailen|link kopiëren|kopieer link|link gekopieerd|opslaan|bewaren|"
        r"voorlezen|beluister(?: dit)?(?: artikel)?|luister naar dit artikel|(?:artikel )?cadeau geven)"
        r"(?:\W{1,10}(?:delen|deel|facebook|twitter|x|whatsapp|e-?mail|mail|linkedin|messenger|link kopiëren|reacties?|reageer)){0,20}\W*$",
        r"^deel (?:dit|op|via|het|deze)\b|^volg ons\b",
        r"^volg (?:\w+ )?(?:op|via) (?:facebook|twitter|instagram|x|whatsapp|linkedin|youtube|tiktok|google nieuws)\b",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?reacties?\W*(?:\(\d+\))?$|^(?:reageer|reageren|beantwoorden|rapporteer|melden|annuleer reactie|\d+ antwoorden)\W*$",
        r"^(?:plaats|schrijf|geef|bekijk|toon|lees|laad|verberg) (?:een |alle |je |uw |meer |de )?(?:\d+ )?(?:reacties?|antwoorden)\b",
        r"^(?:wees de eerste die reageert|reageer als eerste|nog geen reacties|er zijn (?:nog )?geen reacties)",
        r"^(?:je moet|u moet) (?:ingelogd|abonnee) zijn om te reageren|^log in om te reageren|^(?:je|uw) e-?mailadres wordt niet gepubliceerd",
        r"(?:spelregels|huisregels) (?:voor|bij) (?:het )?reageren|reactiebeleid|^reageren (?:is )?(?:niet (?:meer )?mogelijk|gesloten)",
    ),
    "cross_link": (
        r"^(?:lees ook|lees meer|lees|lees verder|bekijk ook|zie ook|meer over|ook interessant|gerelateerd|"
        r"gerelateerde artikelen|kijk ook|luister ook|foto's|fotoserie)\s?[:»>|\-–—]",
        r"^(?:lees ook|zie ook|bekijk ook|lees meer|lees verder|verder lezen|lees het hele artikel|bekijk meer|toon meer|laad meer|"
        r"meer nieuws|al het nieuws|alle artikelen|terug naar boven|naar boven|terug|volgende|vorige|volgend artikel|vorig artikel)\W*$",
        r"^(?:foto|afbeelding) \d+ (?:van|/) \d+\W*$|^\d+ (?:foto's|video's)\W*$",
        r"^leestijd\W*\d+ ?min|^\d+ ?min(?:uten)?\.? (?:leestijd|lezen)\W*$|^klik hier\b",
    ),
    "promo_heading": (
        r"^(?:meest gelezen|meestgelezen|best gelezen|meest bekeken|meest gedeeld|populair|(?:het )?laatste nieuws|net binnen|"
        r"gerelateerde artikelen|aanbevolen(?: voor jou)?|voor jou|uitgelicht|in de kijker|ook interessant|ook leuk|"
        r"dit vind je misschien ook leuk|ander nieuws|topverhalen|gesponsorde artikelen|van onze partners|elders op het web)\W*$",
        r"^(?:liveblog|bijgewerkt|laatste update|inhoud|inhoudsopgave|in dit artikel|op deze pagina)\W*$",
        r"^(?:onderwerpen|trefwoorden|categorieën|rubrieken|thema's|lees meer over)\W*$",
    ),
    "image_credit": (
        r"^(?:beeld|afbeelding|foto's|fotografie|illustratie|bron|beeldbron)\s?:",
        r"\bbeeld (?:anp|afp|reuters|epa|getty images|ap|belga|hollandse hoogte|shutterstock)\b[^.]{0,40}$",
    ),
    "footer": (
        r"^(?:privacybeleid|privacyverklaring|privacy statement|cookiebeleid|cookieverklaring|cookie-?instellingen|"
        r"algemene voorwaarden|gebruiksvoorwaarden|contactgegevens|klantenservice|over ons|wie zijn wij|colofon|adverteren|"
        r"adverteren bij [\w .'&-]{2,30}|vacatures|werken bij(?: [\w .'&-]{2,30})?|toegankelijkheid|veelgestelde vragen|"
        r"abonnementen|webwinkel|nieuwsbrieven|journalistieke code|klachtenregeling|tip de redactie)\W*$",
        # two legal links on one line: "Privacybeleid | Cookiebeleid | Colofon"
        r"\b(?:privacybeleid|privacyverklaring|cookiebeleid|cookieverklaring|algemene voorwaarden|colofon|over ons|klantenservice)\b"
        r".{0,60}\b(?:privacybeleid|privacyverklaring|cookiebeleid|cookieverklaring|algemene voorwaarden|colofon|over ons|"
        r"klantenservice|contact|adverteren|vacatures|disclaimer|privacy)\b",
        r"alle rechten voorbehouden|auteursrechten? voorbehouden|niets uit deze uitgave",
        r"^(?:onderdeel van|een uitgave van|een merk van) (?:dpg media|mediahuis|ndc mediagroep|rtl nederland|de persgroep|roularta)\b",
        r"\bkvk(?:-nummer)?:? ?\d{8}|\bbtw(?:-nummer)?:? ?(?:nl|be)\s?\d",
        r"^(?:volg ons|blijf op de hoogte|vind ons op)\b|^(?:onze sites|onze merken|onze titels|handige links|snel naar)\W*$",
    ),
    "navigation": (
        r"^(?:zoeken|zoek|sluiten|sluit|(?:open|sluit) menu|menu (?:openen|sluiten)|naar de inhoud|naar hoofdinhoud|hoofdmenu|"
        r"navigatie|je bent hier|u bent hier|rubrieken|alle rubrieken|secties|waar (?:ben je naar op zoek|zoek je naar)\??)\W*$",
        r"^(?:ga|spring|direct) naar (?:de )?(?:inhoud|hoofdinhoud|navigatie|zoeken|footer|menu)\b",
        r"^(?:nieuws|binnenland|buitenland|politiek|economie|financiën|geld|beurs|werk|cultuur|media|voetbal|wielrennen|"
        r"wetenschap|gezondheid|opinie|columns|columnisten|commentaar|regio|regionaal|lokaal|nederland|belgië|vlaanderen|"
        r"wereld|video's|foto's|weer|het weer|show|showbizz|muziek|boeken|televisie|koken|eten|reizen|wonen|mobiliteit|"
        r"onderwijs|klimaat|familie|puzzels?|achtergrond|verdieping|interviews?|recensies|112|misdaad|zakelijk|dossiers?)\W*$",
    ),
    # Not a removal reason: the metadata of readers' comments (none yet for this language).
    "comment_meta": (),
}

TAG_LABELS = ("trefwoorden", "onderwerpen", "thema's", "gerelateerde onderwerpen", "lees meer over")

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

BYLINE_PREFIXES = ("door", "auteur", "geschreven door")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

DATE_ORDER = "dmy"
ORDINALS: frozenset[str] = frozenset()  # none yet
DAY_OF: frozenset[str] = frozenset()  # none yet
YEAR_OF: frozenset[str] = frozenset()  # none yet
UPDATED: frozenset[str] = frozenset({"bijgewerkt"})
NEWSROOMS: frozenset[str] = frozenset()  # none yet
BYLINE_ROLES: frozenset[str] = frozenset({"redacteur", "verslaggever", "journalist", "correspondent"})
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
JOB_WORDS: frozenset[str] = frozenset({"manager", "moderator", "professor"})
ROLE_OPENERS: frozenset[str] = frozenset()  # none yet
GLUED_ROLES: frozenset[str] = frozenset()  # none yet
DEGREES: frozenset[str] = frozenset()  # none yet
PROFESSIONS: frozenset[str] = frozenset()  # none yet
NAME_PARTICLES: frozenset[str] = frozenset({"van", "der", "den", "de"})
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
NOT_NAMES: frozenset[str] = frozenset({"auteur", "foto", "fotos", "blog"})
AND_WORDS: frozenset[str] = frozenset({"en"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"met"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset()  # none yet
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset(
    {"winkelwagen", "kopen", "zoeken", "afdrukken", "delen", "inloggen", "registreren"}
)
BEFORE_DATE: frozenset[str] = frozenset({"op", "in"})
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
AFTER_USERNAME: frozenset[str] = frozenset({"op", "in"})
AFTER_NAMES: frozenset[str] = frozenset()  # none yet
DATE_LABELS: frozenset[str] = frozenset()  # none yet
PUBLISHED: frozenset[str] = frozenset({"gepubliceerd"})
LABEL_WORDS: frozenset[str] = frozenset({"interview", "gepubliceerd", "geschreven"})
LABEL_ENDINGS: frozenset[str] = frozenset()  # none yet
MORE_BY: frozenset[str] = frozenset({"meer"})
ABOUT: frozenset[str] = frozenset()  # none yet
ABOUT_THE: frozenset[str] = frozenset()  # none yet
AUTHOR_WORDS: frozenset[str] = frozenset()  # none yet
COMMENT_WORDS: frozenset[str] = frozenset()  # none yet
BIO_STARTS: frozenset[str] = frozenset()  # none yet
RELATIVE_TIMES: tuple[str, ...] = (r"\b\d+\s+(?:minuten|uur|dagen)\s+geleden\b",)
RELATIVE_CUES: tuple[str, ...] = ()  # none yet
READ_TIME: frozenset[str] = frozenset({"leestijd"})
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
FOLLOW: frozenset[str] = frozenset({"volgen"})
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
TIME_AFTER: frozenset[str] = frozenset()  # none yet
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("{n} {unit} geleden",)
ONE_WORDS: frozenset[str] = frozenset({"een", "één"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "minuut", "minuten"})
HOUR_WORDS: frozenset[str] = frozenset({"uur", "uren"})
DAY_WORDS: frozenset[str] = frozenset({"dag", "dagen"})
WEEK_WORDS: frozenset[str] = frozenset({"week", "weken"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"gisteren"})
TODAY: frozenset[str] = frozenset({"vandaag"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset({"rechten", "voorbehouden", "privacy", "voorwaarden"})
