"""German phrase data (see ``newsclean.lang.en`` for the format)."""

STOPWORDS = frozenset(
    [
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "ander",
        "andere",
        "anderem",
        "anderen",
        "anderer",
        "anderes",
        "auch",
        "auf",
        "aus",
        "bei",
        "bin",
        "bis",
        "bist",
        "da",
        "damit",
        "dann",
        "das",
        "dass",
        "dein",
        "deine",
        "dem",
        "den",
        "denn",
        "der",
        "des",
        "dessen",
        "deshalb",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "einige",
        "er",
        "es",
        "etwas",
        "euch",
        "euer",
        "für",
        "gegen",
        "gewesen",
        "hab",
        "habe",
        "haben",
        "hat",
        "hatte",
        "hatten",
        "hier",
        "hin",
        "hinter",
        "ich",
        "ihm",
        "ihn",
        "ihnen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "im",
        "in",
        "indem",
        "ins",
        "ist",
        "jede",
        "jedem",
        "jeden",
        "jeder",
        "jedes",
        "jetzt",
        "kann",
        "kein",
        "keine",
        "keinem",
        "keinen",
        "können",
        "könnte",
        "machen",
        "man",
        "manche",
        "mein",
        "meine",
        "mit",
        "muss",
        "musste",
        "nach",
        "nicht",
        "nichts",
        "noch",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "schon",
        "sehr",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "sich",
        "sie",
        "sind",
        "so",
        "solche",
        "soll",
        "sollte",
        "sondern",
        "sonst",
        "über",
        "um",
        "und",
        "uns",
        "unser",
        "unter",
        "viel",
        "vom",
        "von",
        "vor",
        "wann",
        "war",
        "waren",
        "warum",
        "was",
        "weil",
        "weiter",
        "welche",
        "wenn",
        "wer",
        "werde",
        "werden",
        "wie",
        "wieder",
        "will",
        "wir",
        "wird",
        "wo",
        "wollen",
        "worden",
        "wurde",
        "wurden",
        "zu",
        "zum",
        "zur",
        "zwar",
        "zwischen",
        "sagte",
        "laut",
        "bereits",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^\W*(?:anzeige|werbung|sponsored|gesponsert|reklame|promotion)\W*$",
        r"^(?:anzeige|werbung)\s?[:|-]",
        r"(?:artikel|text|beitrag) (?:geht|wird) (?:unter|nach) (?:der|dieser) (?:anzeige|werbung) weiter",
        r"lesen sie (?:nach der|unter der) (?:anzeige|werbung) weiter|weiter nach der anzeige",
        r"(?:adblocker|werbeblocker)",
        # Hinweise auf Werbung und Provisionen
        r"^\*?werbung\s?[.:]|(?:enthält|beinhaltet) (?:werbung|affiliate-?links|werbelinks|provisionslinks)",
        r"\blinks?\b.{0,60}\b(?:erhält|erhalten|bekommt|bekommen)\b.{0,40}\bprovision\b",
    ),
    "subscription_prompt": (
        r"newsletter\b.{0,60}\b(?:abonnieren|bestellen|anmelden|erhalten|postfach|kostenlos)",
        r"\b(?:abonnieren|bestellen|anmelden|kostenlos(?:e[nmr]?)?)\b.{0,60}\bnewsletter",
        r"^(?:jetzt )?(?:abonnieren|abonnement|abo abschließen|registrieren|anmelden|einloggen|abmelden)\W*$",
        r"^(?:jetzt|hier) (?:abonnieren|registrieren|anmelden|bestellen|testen|weiterlesen|lesen)\b",
        r"(?:e-?mail|ihre e-?mail)-?adresse\W*$|^e-?mail\W*$|ihre e-?mail-?adresse",
        r"\b(?:plus|\+|premium)-?(?:artikel|inhalt|abo)\b",
        r"(?:exklusiv|nur) für (?:abonnenten|abonnentinnen|abonnent|abonennten|plus-?(?:leser|kunden)|registrierte)",
        r"(?:sie|du) (?:haben|hast) (?:bereits )?(?:ein|einen) (?:abo|konto|account|zugang)|bereits abonnent|schon abonnent",
        r"(?:weiterlesen|lesen sie weiter) mit\b|um (?:den artikel|weiter) zu lesen",
        r"\b(?:\d+ )?(?:tage|wochen|monate?) (?:gratis|kostenlos|testen|für \d)",
        r"jederzeit kündbar|monatlich kündbar|danach \d",
        r"(?:unterstützen sie|unterstütze) (?:unseren|unabhängigen|den) journalismus",
        r"vielen dank für (?:ihre anmeldung|ihr interesse|ihre registrierung)",
        r"bitte (?:geben sie|gib) (?:eine )?gültige|ungültige e-?mail|bitte versuchen sie es (?:später )?(?:erneut|noch einmal)",
        r"^(?:passwort|benutzername|vorname|nachname|pflichtfeld|absenden|senden|suchen|los)\W*$",
        r"^(?:passwort vergessen|angemeldet bleiben|konto erstellen|registrieren sie sich)\W*\??$",
        r"(?:datenschutzerklärung|datenschutzhinweise) (?:gelesen|zur kenntnis|akzeptiert)|ich (?:stimme|willige)\b.{0,40}\b(?:zu|ein)\b",
        r"^(?:app|die app) (?:herunterladen|laden)\b|jetzt (?:die )?app\b",
        r"^(?:push-?)?benachrichtigungen? (?:aktivieren|erhalten|einschalten)\b|dürfen wir (?:sie|dich)\b.{0,60}\b(?:informieren|benachrichtigen)",
        r"^(?:unterstütze|unterstützen sie) \w+(?: \w+)? (?:bereits )?(?:mit|ab) \d",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:zustimm|einverstanden|akzeptier|verwende|nutz|setz|einstellung|datenschutz|erfahrung)",
        r"(?:wir|diese (?:web)?seite|diese website) (?:verwende[nt]|nutz(?:t|en)|setz(?:t|en) (?:ein)?) cookies",
        r"^(?:alle )?(?:akzeptieren|ablehnen|zustimmen|einverstanden|verstanden|schließen|zustimmen und weiter)\W*$",
        r"^(?:cookie|datenschutz|privatsphäre)-?(?:einstellungen|hinweis|richtlinie|center)\W*$",
        r"javascript (?:ist )?(?:deaktiviert|aktivieren)|aktivieren sie javascript|ihr browser (?:ist veraltet|unterstützt)",
        r"einwilligung\b.{0,60}\b(?:widerruf|datenschutz|cookies|tracking)",
    ),
    "social_share": (
        r"^(?:teilen|twittern|drucken|versenden|mailen|e-?mail|per e-?mail|link kopieren|merken|gemerkt|vorlesen|artikel vorlesen)"
        r"(?:\W{1,10}(?:teilen|twittern|drucken|versenden|e-?mail|facebook|twitter|whatsapp|xing|linkedin|pinterest|messenger|telegram|kommentare?|merken)){0,20}\W*$",
        r"^(?:artikel|beitrag|seite) (?:teilen|drucken|versenden|merken|empfehlen)\b",
        r"^(?:auf|bei|via) (?:facebook|twitter|whatsapp|xing|linkedin|pinterest|telegram|flipboard) (?:teilen|folgen)\b",
        r"^folgen sie uns\b|^folge uns\b|^(?:teilen|folgen) (?:sie )?(?:uns )?auf\b",
        r"^(?:zur merkliste|merkliste|artikel merken|anhören|audio abspielen)\W*$",
        r"^(?:der )?(?:artikel|beitrag) (?:hat dir )?gefallen\?|vergiss nicht,? (?:ihn |den (?:artikel|beitrag) )?zu teilen",
        r"^(?:hat|gefällt) (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag)(?: gefallen)?\?",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?kommentare?\W*(?:\(\d+\))?$",
        r"^(?:kommentar|kommentare|antwort|diskussion) (?:schreiben|verfassen|abgeben|anzeigen|einblenden|ausblenden|lesen|melden)",
        r"^(?:alle|weitere|neue|neueste|älteste) kommentare\b",
        r"^(?:zur|in die|zur laufenden) diskussion\b|^diskutieren sie mit\b|^mitdiskutieren\W*$",
        r"(?:kommentarfunktion|kommentarbereich|kommentieren) (?:ist |wurde )?(?:geschlossen|deaktiviert|nicht)",
        r"^(?:antworten|melden|empfehlen|gefällt mir)\W*$",
        r"^(?:sie müssen|bitte) (?:angemeldet sein|melden sie sich an|einloggen),? um",
        r"netiquette|kommentarrichtlinien|diskussionsregeln",
        r"(?:diese|die) (?:website|seite|webseite) verwendet akismet",
        r"^(?:schreiben sie (?:den ersten|einen) kommentar|noch keine kommentare)",
        r"^(?:schreibe|verfasse|hinterlasse) (?:den ersten|einen|deinen) kommentar|^(?:bisher|noch|es gibt noch) keine kommentare",
        r"^(?:verraten sie|verrate|schreiben sie|schreib) (?:uns )?(?:gerne |doch )?in (?:den|die) kommentar",
    ),
    "cross_link": (
        r"^(?:lesen sie (?:auch|mehr|hier)|lesen sie|auch interessant|auch lesen|mehr (?:zum thema|dazu|zu(?:m)? \w+|lesen|erfahren)|"
        r"weiterlesen|weitere artikel|weitere (?:themen|nachrichten|meldungen)|zum thema|das könnte sie (?:auch )?interessieren|"
        r"passend (?:dazu|zum thema)|siehe auch|empfehlungen|empfohlen|video|zum video|bildergalerie|fotostrecke|galerie|"
        r"im (?:video|ticker)|hintergrund|kommentar|interview|audio|podcast|mehr|auch|lesetipp|leseempfehlung|newsticker|liveticker)\s?[:»>|\-–—]",
        r"^(?:mehr (?:zum thema|dazu|lesen|erfahren|anzeigen|laden|artikel|nachrichten|videos)|weiterlesen|alle (?:artikel|meldungen|nachrichten|videos|themen)|"
        r"weitere (?:artikel|meldungen|nachrichten|videos|themen|informationen)|zum artikel|zur startseite|zum seitenanfang|nach oben|"
        r"zurück(?: zur übersicht| zur startseite)?|vorheriger? (?:artikel|beitrag|seite)|nächster? (?:artikel|beitrag|seite)|zurück|vor|weiter|"
        r"zur (?:übersicht|bildergalerie|fotostrecke|galerie)|mehr anzeigen|alle anzeigen)\W*$",
        r"^(?:bild|foto|video) \d+ (?:von|/) \d+\W*$|^\d+ (?:bilder|fotos|videos)\W*$",
        r"^(?:lesezeit|lesedauer)\W*\d+|^\d+ min(?:uten)?\.? (?:lesezeit|lesedauer)\W*$",
        r"^(?:zu allen (?:beiträgen|artikeln|meldungen|themen|videos)|alle (?:themen|artikel|beiträge) zu\b.{0,60}|"
        r"weitere (?:meldungen|artikel|beiträge|nachrichten) aus (?:der|dem) (?:rubrik|ressort|kategorie)\b.{0,40}|"
        r"auch (?:auf|bei) [\w-]+\.(?:de|at|ch|com|net|org))\W*$",
        r"^hier geht(?:'s| es) (?:weiter )?zu[mr]? (?!beispiel\b)[^.!?]{1,60}$|^(?:vorheriger|nächster) (?:artikel|beitrag)(?=[^\W\d_])",
        r"^(?:vorschau auf den nächsten (?:artikel|beitrag)|lesen sie hier (?:einen )?weitere[nr]? (?:\w+ )?(?:beitrag|artikel))\b",
        r"^(?:schlagzeilen|top-?themen|top-?news|meistgelesen|meistgelesene artikel|meist ?gelesen|beliebt|aktuell|neueste artikel)\W*$",
    ),
    "promo_heading": (
        r"^(?:das (?:könnte|dürfte) sie (?:auch )?interessieren|auch interessant|empfehlungen(?: der redaktion)?|unsere empfehlung(?:en)?|"
        r"mehr aus (?:dem|der|diesem|dieser) \w+|weitere themen|top ?themen|meistgelesen|meistgelesene artikel|meistgelesene|meist ?kommentiert|"
        r"neueste (?:artikel|beiträge|meldungen)|aktuelle (?:artikel|meldungen|nachrichten|themen)|beliebte artikel|ähnliche artikel|"
        r"verwandte (?:artikel|themen)|themen|thema|schlagworte|stichworte|anzeigen|top-?artikel|top-?videos|im fokus|spezial|dossier|"
        r"aus dem netz|news aus der region|partner-?angebote?|angebote|produkte|service|ratgeber|mehr zum thema|zum thema)\W*$",
        r"^(?:eilmeldung|liveblog|live-?ticker|newsticker|breaking news|aktualisiert|update)\W*$",
        r"^(?:inhaltsverzeichnis|inhalt|auf dieser seite|in diesem artikel)\W*$",
        r"^(?:das (?:könnte|dürfte) (?:dich|euch) (?:auch )?interessieren|am meisten gelesen|verwandte links|weitere inhalte(?: zum thema)?|"
        r"(?:lesen sie|lies) auch(?: (?:die|diese) (?:folgenden )?(?:beiträge|artikel))?|"
        r"(?:diese|weitere) (?:beiträge|artikel) (?:solltest du|sollten sie) nicht verpassen)\W*$",
        r"^(?:empfehlungen|angebote|produkte) aus (?:dem|unserem) [^.]{2,40}$",
        r"^(?:die )?meistgelesenen? (?:artikel|beiträge|nachrichten|meldungen)(?: (?:bei|auf|von|in) \S++(?: \S++)?)?\W*$",
    ),
    "image_credit": (
        r"^(?:bildquelle|bildnachweis|quelle|foto|fotos|bild|bilder|grafik|illustration|copyright)\s?:",
        r"^(?:foto|bild):?\s?(?:dpa|afp|ap|reuters|imago|getty|picture alliance|epa|keystone|apa)\b",
        r"\b(?:quelle|foto|bild):\s?[^.]{2,40}$",
        r"\((?:foto: )?symbolbild\)\W*$|^symbolbild\b",
    ),
    "footer": (
        r"^(?:impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|"
        r"kontakt|über uns|mediadaten|werben|werbung schalten|anzeigen aufgeben|jobs|karriere|presse|barrierefreiheit|sitemap|"
        r"hilfe|faq|leserservice|abo-?service|kundenservice|abo kündigen|verträge hier kündigen|kündigen|redaktion|redaktionelle richtlinien|"
        r"cookie-?einstellungen|privatsphäre|einstellungen|rss|archiv|e-?paper|newsletter|abo|shop|verlag|unternehmen|"
        r"nutzungsbasierte online-?werbung|jugendschutz|transparenz|ethik|kodex|hinweisgeber)\W*$",
        # two legal links on one line: "Impressum | Datenschutz | Kontakt"
        r"\b(?:impressum|datenschutz(?:erklärung)?|agb|kontakt|mediadaten|nutzungsbedingungen)\b.{0,60}"
        r"\b(?:impressum|datenschutz(?:erklärung)?|agb|kontakt|mediadaten|nutzungsbedingungen)\b",
        r"(?:vervielfältigung|weiterverbreitung|nachdruck|verwendung) (?:nur )?(?:mit|ohne)\b.{0,40}(?:genehmigung|erlaubnis|zustimmung)",
        r"alle rechte (?:vorbehalten|bei)",
        r"(?:steh(?:t|en)|veröffentlicht) unter (?:einer|der) creative[ -]commons|\bunter (?:der lizenz )?cc[ -]by\b",
        r"^(?:ein (?:angebot|unternehmen|produkt|service) (?:der|des|von))\b",
        r"^(?:folgen sie uns|folge uns|kontaktieren sie uns|bleiben sie informiert)\b",
        r"^(?:über uns|rechtliches|service|unternehmen|mehr|themen|ressorts|rubriken|kontakt|partner|netzwerk|unsere angebote)\W*$",
    ),
    "navigation": (
        r"^(?:startseite|start|menü|hauptmenü|navigation|suche|suchen|suchbegriff|suchbegriff eingeben|navigation (?:öffnen|schließen)|"
        r"menü (?:öffnen|schließen)|zum inhalt(?: springen)?|zur navigation|zum hauptinhalt|direkt zum inhalt|sie sind hier|"
        r"alle ressorts|ressorts|rubriken|übersicht)\W*$",
        r"^(?:startseite|home)\s?(?:›|»|>|/|\|)\s",
        r"^(?:springe? (?:zu|zum)|direkt zu|zum|zur) (?:inhalt|hauptinhalt|navigation|suche|hauptnavigation|fußzeile)\b",
        r"^(?:nachrichten|politik|wirtschaft|finanzen|sport|kultur|panorama|gesellschaft|wissen|wissenschaft|digital|technik|auto|mobilität|"
        r"reise|gesundheit|leben|lifestyle|meinung|regional|region|lokales|lokal|deutschland|ausland|welt|inland|international|europa|"
        r"karriere|bildung|familie|stil|essen|trinken|unterhaltung|medien|fernsehen|tv|kino|film|musik|bücher|literatur|wetter|"
        r"immobilien|stellenmarkt|anzeigen|traueranzeigen|veranstaltungen|termine|videos|fotos|bilder|podcasts?|spiele|rätsel|"
        r"horoskop|lotto|börse|märkte|geld|verbraucher|ratgeber|specials|themen|live|aktuell|mehr|alle themen)\W*$",
    ),
    # Kein Entfernungsgrund: Metadaten von Leserkommentaren, an denen ein Kommentarbereich zu erkennen ist.
    "comment_meta": (
        r"^(?:geschrieben|verfasst|kommentar) von\b",
        r"^(?:antworten|melden|zitieren|teilen|permalink)\W*$",
        r"\bschrieb:?$|\bsagt:$",
        r"\bvor \d+ (?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)\b",
        r"\b(?:um|@) \d{1,2}:\d\d(?: uhr)?\W*$",
        r"^antwort (?:auf|an)\b",
    ),
}

TAG_LABELS = (
    "schlagworte",
    "schlagwörter",
    "stichworte",
    "stichwörter",
    "themen",
    "mehr zum thema",
    "tags",
    "schlüsselwörter",
)

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "jan": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "märz": 3,
    "mär": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}

BYLINE_PREFIXES = (
    "von",
    "autor",
    "autorin",
    "text",
    "verfasst von",
    "geschrieben von",
    "ein beitrag von",
    "ein interview von",
)


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

DATE_ORDER = "dmy"
ORDINALS: frozenset[str] = frozenset({"."})
DAY_OF: frozenset[str] = frozenset()  # none yet
YEAR_OF: frozenset[str] = frozenset()  # none yet
UPDATED: frozenset[str] = frozenset({"aktualisiert", "zuletzt aktualisiert"})
NEWSROOMS: frozenset[str] = frozenset({"Redaktion"})
BYLINE_ROLES: frozenset[str] = frozenset(
    {
        "redakteur",
        "redakteurin",
        "autor",
        "autorin",
        "korrespondent",
        "korrespondentin",
        "journalist",
        "journalistin",
        "reporter",
    }
)
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
JOB_WORDS: frozenset[str] = frozenset(
    {
        "leiter",
        "leiterin",
        "projektleiter",
        "projektleiterin",
        "sprecher",
        "sprecherin",
        "pressesprecher",
        "pressesprecherin",
        "experte",
        "expertin",
        "moderator",
        "professor",
        "manager",
    }
)
ROLE_OPENERS: frozenset[str] = frozenset({"chefredakteur", "chefredakteurin"})
GLUED_ROLES: frozenset[str] = frozenset({"redakteur"})
DEGREES: frozenset[str] = frozenset({"dr", "prof"})
PROFESSIONS: frozenset[str] = frozenset(
    {"rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "notar", "notarin", "steuerberater", "steuerberaterin"}
)
NAME_PARTICLES: frozenset[str] = frozenset({"von", "der"})
ADJECTIVE_ENDINGS: frozenset[str] = frozenset({"ische", "isches", "ischen"})
NOT_NAMES: frozenset[str] = frozenset(
    {
        "uhr",
        "stunden",
        "minuten",
        "tagen",
        "heute",
        "gestern",
        "redaktion",
        "autor",
        "autorin",
        "artikel",
        "mehr",
        "beiträge",
        "neueste",
        "ähnliche",
        "suche",
        "aktualisiert",
        "zeitung",
        "magazin",
        "übersetzung",
        "passwort",
        "themen",
        "ausgabe",
        "das",
        "themenstarter",
        "verlag",
        "kategorie",
        "kategorien",
        "foto",
        "fotos",
        "bild",
        "zuletzt",
        "geändert",
        "am",
        "blog",
        "forum",
        "online",
        "admin",
    }
)
AND_WORDS: frozenset[str] = frozenset({"und"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"mit"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset()  # none yet
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset(
    {
        "warenkorb",
        "anmelden",
        "abmelden",
        "kaufen",
        "suche",
        "registrieren",
        "abonnieren",
        "drucken",
        "teilen",
        "konto",
        "bestellen",
    }
)
BEFORE_DATE: frozenset[str] = frozenset({"am", "im", "unter", "für", "um", "in"})
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
AFTER_USERNAME: frozenset[str] = frozenset({"am", "um", "in"})
AFTER_NAMES: frozenset[str] = frozenset(
    {"erstellt", "veröffentlicht", "aktualisiert", "geändert", "folgen", "vom", "lesezeit", "zuletzt"}
)
DATE_LABELS: frozenset[str] = frozenset({"zuletzt", "aktualisiert", "geändert", "veröffentlicht"})
PUBLISHED: frozenset[str] = frozenset({"veröffentlicht", "geschrieben", "erstellt", "aktualisiert"})
LABEL_WORDS: frozenset[str] = frozenset(
    {
        "ein",
        "eine",
        "artikel",
        "beitrag",
        "blog",
        "blogbeitrag",
        "gastbeitrag",
        "kommentar",
        "kolumne",
        "analyse",
        "text",
        "interview",
        "essay",
        "veröffentlicht",
        "geschrieben",
        "verfasst",
    }
)
LABEL_ENDINGS: frozenset[str] = frozenset({"/innen", "/in", "*in", "(in)"})
MORE_BY: frozenset[str] = frozenset({"mehr", "weitere", "andere", "alle"})
ABOUT: frozenset[str] = frozenset({"über", "zum", "zur"})
ABOUT_THE: frozenset[str] = frozenset({"den", "die"})
AUTHOR_WORDS: frozenset[str] = frozenset({"autor", "autorin", "autor/in"})
COMMENT_WORDS: frozenset[str] = frozenset({"kommentar", "kommentare", "schreibe", "antworten"})
BIO_STARTS: frozenset[str] = frozenset()  # none yet
RELATIVE_TIMES: tuple[str, ...] = (
    r"\bvor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)\b",
)
RELATIVE_CUES: tuple[str, ...] = (r"\bvor ein",)
READ_TIME: frozenset[str] = frozenset({"lesezeit"})
READ_TIME_ALONE: frozenset[str] = frozenset({"lesezeit"})
FOLLOW: frozenset[str] = frozenset({"folgen"})
TIME_BEFORE: frozenset[str] = frozenset({"um"})
TIME_AFTER: frozenset[str] = frozenset({"uhr"})
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("vor {n} {unit}",)
ONE_WORDS: frozenset[str] = frozenset({"einer", "einem", "eins"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "minute", "minuten"})
HOUR_WORDS: frozenset[str] = frozenset({"std", "stunde", "stunden"})
DAY_WORDS: frozenset[str] = frozenset({"tag", "tagen"})
WEEK_WORDS: frozenset[str] = frozenset({"woche", "wochen"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"gestern"})
TODAY: frozenset[str] = frozenset({"heute"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset(
    {"impressum", "datenschutz", "agb", "nutzungsbedingungen", "rechte", "vorbehalten"}
)
