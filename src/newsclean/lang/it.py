"""Italian phrase data (see ``newsclean.lang.en`` for the format)."""

STOPWORDS = frozenset(
    [
        "a",
        "ad",
        "agli",
        "ai",
        "al",
        "all",
        "alla",
        "alle",
        "allo",
        "altra",
        "altre",
        "altri",
        "altro",
        "anche",
        "ancora",
        "avere",
        "aveva",
        "avevano",
        "c",
        "che",
        "chi",
        "ci",
        "come",
        "con",
        "contro",
        "cosa",
        "così",
        "cui",
        "d",
        "da",
        "dagli",
        "dai",
        "dal",
        "dall",
        "dalla",
        "dalle",
        "dallo",
        "degli",
        "dei",
        "del",
        "dell",
        "della",
        "delle",
        "dello",
        "detto",
        "di",
        "dopo",
        "dove",
        "e",
        "è",
        "ed",
        "era",
        "erano",
        "essere",
        "fa",
        "fare",
        "fatto",
        "fino",
        "fra",
        "gli",
        "già",
        "ha",
        "hanno",
        "ho",
        "i",
        "il",
        "in",
        "infatti",
        "io",
        "l",
        "la",
        "le",
        "lei",
        "li",
        "lo",
        "loro",
        "lui",
        "ma",
        "mai",
        "me",
        "mentre",
        "mi",
        "mio",
        "molto",
        "ne",
        "negli",
        "nei",
        "nel",
        "nell",
        "nella",
        "nelle",
        "nello",
        "noi",
        "non",
        "nostra",
        "nostro",
        "o",
        "ogni",
        "oltre",
        "per",
        "perché",
        "però",
        "più",
        "poi",
        "possono",
        "proprio",
        "può",
        "quale",
        "quali",
        "quando",
        "quanto",
        "quella",
        "quelle",
        "quelli",
        "quello",
        "questa",
        "queste",
        "questi",
        "questo",
        "qui",
        "se",
        "secondo",
        "senza",
        "si",
        "sia",
        "siamo",
        "sono",
        "sta",
        "stata",
        "state",
        "stati",
        "stato",
        "stesso",
        "su",
        "sua",
        "sue",
        "sui",
        "sul",
        "sull",
        "sulla",
        "sulle",
        "suo",
        "suoi",
        "tra",
        "tutta",
        "tutte",
        "tutti",
        "tutto",
        "un",
        "una",
        "uno",
        "vi",
        "voi",
        "sempre",
        "quindi",
        "invece",
        "solo",
        "spiega",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^\W*(?:pubblicità|annunci|annuncio|contenuto sponsorizzato|sponsorizzat[oa]|contenuto promozionale|"
        r"informazione pubblicitaria|pubbliredazionale|in collaborazione con [\w .'’&-]{2,40})\W*$",
        r"(?:l['’]articolo|la notizia) (?:continua|prosegue) (?:dopo|sotto) (?:la |il )?(?:pubblicità|annuncio|banner)|^continua dopo la pubblicità",
        r"(?:disattiva|disabilita) (?:il tuo |l['’])?(?:ad ?blocker|adblock|blocco (?:degli )?annunci)",
    ),
    "subscription_prompt": (
        r"^(?:abbonati(?: ora| subito)?|abbonarsi|accedi|accedi ?/ ?registrati|registrati|iscriviti|il mio account|il mio profilo|"
        r"area riservata|area personale|entra|esci|crea (?:un )?account|password dimenticata\??|invia)\W*$",
        r"^(?:abbonati|iscriviti|registrati) (?:ora|subito|gratis|gratuitamente)\b|^(?:abbonati|iscriviti|registrati) (?:a|al|alla|alle) [\w '’-]{2,40}$",
        r"(?:contenuto|articolo) (?:riservat|esclusiv|dedicat)[oa] (?:agli|ai) (?:abbonati|iscritti|utenti registrati)|"
        r"^riservato agli abbonati\W*$|(?:sei già|non sei ancora) abbonat[oa]\b",
        r"newsletter\b.{0,60}\b(?:iscriv|ricev|casella|gratis|gratuita)|\b(?:iscriviti|ricevi|registrati)\b.{0,60}\bnewsletter",
        r"^(?:il tuo |la tua )?(?:indirizzo )?e-?mail\W*$|(?:indirizzo )?e-?mail non valid[ao]",
        r"hai (?:raggiunto|esaurito) (?:il limite|gli articoli)|articoli gratuiti (?:rimasti|a disposizione)|ti restano \d+ articoli",
        r"grazie per (?:esserti (?:iscritt|registrat|abbonat)|l['’]iscrizione)|disdici (?:quando vuoi|in qualsiasi momento)",
        r"sostieni (?:il (?:nostro )?giornalismo|l['’]informazione|la nostra informazione)|^(?:scarica|scaricate) (?:la|l['’]|la nostra) app\b",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:accett|consenso|acconsent|informativa|preferenze|continuando|proseguendo)",
        r"^noi e (?:i nostri partner|terze parti selezionate)\b|(?:questo sito|il sito) (?:web )?(?:utilizza|usa) (?:i )?cookie",
        r"chiudendo questo banner|proseguendo (?:la|nella) navigazione|continuando a navigare",
        r"^(?:accett[ao]|rifiuta|continua senza accettare|personalizza|ho capito|ok,? ho capito)(?: tutt[oi]| e (?:chiudi|continua)| i cookie)?\W*$",
        r"^(?:gestisci (?:le )?(?:preferenze|opzioni|cookie)|(?:impostazioni|preferenze) (?:dei )?cookie)\W*$",
        r"javascript (?:è )?(?:disabilitato|disattivato)|(?:abilita|attiva) (?:il )?javascript|il tuo browser (?:non è supportato|è obsoleto)",
    ),
    "social_share": (
        r"^(?:condividi|stampa|invia per e-?mail|copia (?:il )?link|link copiato|salva|ascolta(?: l['’]articolo| questo articolo)?)"
        r"(?:\W{1,10}(?:condividi|stampa|facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin|copia link|comment[oi]|commenta)){0,20}\W*$",
        r"^condividi (?:su|questo|l['’]articolo|la notizia|via)\b|^seguici\b",
        r"^segui (?:il |la |l['’])?[\w .'’-]{1,30} su (?:facebook|twitter|instagram|x|telegram|whatsapp|google news|youtube|tiktok)\b",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?comment[oi]\W*(?:\(\d+\))?$|^(?:commenta|rispondi|segnala(?: (?:un )?abuso)?|annulla risposta)\W*$",
        r"^(?:lascia|scrivi|aggiungi|leggi|mostra|vedi|visualizza|nascondi|carica) (?:un |il |i |tutti i |altri )?(?:\d+ )?(?:comment[oi]|risposte)\b",
        r"^(?:sii|sei) il primo a commentare|^(?:nessun commento|non ci sono (?:ancora )?commenti)",
        r"^(?:devi|è necessario) (?:essere (?:registrat|loggat|abbonat)[oa]|effettuare il login|accedere) per (?:commentare|poter commentare)",
        r"^il tuo indirizzo e-?mail non sarà pubblicato|^(?:i )?commenti sono (?:chiusi|disabilitati)|^(?:e tu )?cosa ne pensi\??\W*$",
    ),
    "cross_link": (
        r"^(?:leggi anche|leggi|vedi anche|guarda anche|guarda|potrebbe interessarti(?: anche)?|ti potrebbe interessare|"
        r"approfondisci|approfondimento|per approfondire|da non perdere|articoli correlati|il video|fotogallery|per saperne di più)\s?[:»>|\-–—]",
        r"^(?:leggi anche|vedi anche|leggi (?:tutto|di più|l['’]articolo)|continua a leggere|scopri di più|vedi (?:tutti|tutte|altro)|"
        r"mostra (?:altro|di più)|carica altri|altre notizie|tutte le notizie|torna su|torna alla home(?:page)?|indietro|"
        r"successivo|precedente|(?:articolo|notizia) (?:successiv|precedent)[oae])\W*$",
        r"^(?:foto|immagine) \d+ (?:di|/) \d+\W*$|^\d+ (?:foto|immagini)\W*$",
        r"^tempo di lettura\W*\d+ ?min|^\d+ ?min(?:uti)?\.? (?:di )?lettura\W*$|^clicca qui\b",
    ),
    "promo_heading": (
        r"^(?:(?:i |le |gli articoli )?più (?:lett|vist|commentat|condivis)[ie]|ultime notizie|ultime news|in evidenza|"
        r"in primo piano|primo piano|potrebbe interessarti(?: anche)?|ti potrebbero? interessare|articoli correlati|"
        r"notizie correlate|consigliati(?: per te)?|scelti per te|da non perdere|di tendenza|dal web|contenuti sponsorizzati)\W*$",
        r"^(?:ultim['’]ora|ultima ora|diretta|in diretta|aggiornamento|indice|in questo articolo|sommario)\W*$",
        r"^(?:argomenti|temi|categorie|categoria|sezioni|parole chiave)\W*$",
    ),
    "image_credit": (
        r"^(?:fotografi[ae]|immagin[ei]|crediti(?: foto)?|credit foto|fonte|illustrazione|infografica)\s?:|^\(?(?:foto|immagine) d['’]archivio\)?\W*$",
    ),
    "footer": (
        r"^(?:note legali|informazioni legali|informativa (?:sulla )?privacy|informativa (?:sui )?cookie|gestione (?:dei )?cookie|"
        r"termini (?:e condizioni|di (?:uso|utilizzo|servizio))|condizioni (?:generali )?(?:d['’]uso|di (?:uso|utilizzo|vendita))|"
        r"contatti|contattaci|chi siamo|mappa del sito|lavora con noi|codice etico|accessibilità|abbonamenti|"
        r"edizione digitale|domande frequenti|servizio clienti|gerenza|dati societari)\W*$",
        # two legal links on one line: "Note legali | Privacy | Chi siamo"
        r"\b(?:note legali|chi siamo|informativa (?:sulla )?privacy|mappa del sito|condizioni d['’]uso|lavora con noi|gerenza)\b.{0,60}"
        r"\b(?:note legali|chi siamo|contatti|privacy|cookie|mappa del sito|condizioni d['’]uso|pubblicità|lavora con noi|gerenza)\b",
        r"tutti i diritti (?:sono )?riservati|riproduzione (?:riservata|vietata)",
        r"\bp\.? ?iva\b|\bpartita iva:? ?(?:it)?\d|\breg\.? trib\.?|registrazione (?:presso il|al) tribunale di",
        r"^(?:direttore responsabile|concessionaria (?:di |per la )?pubblicità)\s?:|^(?:un sito|una testata) del gruppo\b",
        r"^(?:seguici su|resta aggiornato)\b|^(?:il gruppo|i nostri siti|link utili|legale)\W*$",
    ),
    "navigation": (
        r"^(?:cerca|ricerca|chiudi|(?:apri|chiudi) (?:il )?menu|tutte le sezioni|ti trovi in|sei in|cosa stai cercando\??|cerca nel sito)\W*$",
        r"^(?:vai|salta|passa) (?:al|alla|ai) (?:contenuto|navigazione|menu|ricerca)\b",
        r"^(?:notizie|attualità|cronaca|cronache|politica|economia|finanza|lavoro|esteri|mondo|italia|interni|regioni|"
        r"cultura|spettacoli|spettacolo|cinema|musica|libri|televisione|calcio|motori|tecnologia|scienza|scienze|salute|"
        r"benessere|ambiente|viaggi|cucina|moda|stile|donna|opinioni|commenti|editoriali|idee|foto|fotogallery|meteo|"
        r"oroscopo|giochi|necrologie|annunci|immobiliare|casa|scuola|tempo libero|eventi|rubriche|dossier|edicola)\W*$",
    ),
    # Not a removal reason: the metadata of readers' comments (none yet for this language).
    "comment_meta": (),
}

TAG_LABELS = ("argomenti", "temi", "parole chiave", "tag", "categorie")

MONTHS = {
    "gennaio": 1,
    "genn": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "novembre": 11,
    "dicembre": 12,
}

BYLINE_PREFIXES = ("di", "a cura di", "autore", "scritto da")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

DATE_ORDER = "dmy"
ORDINALS: frozenset[str] = frozenset({"º"})
DAY_OF: frozenset[str] = frozenset()  # none yet
YEAR_OF: frozenset[str] = frozenset()  # none yet
UPDATED: frozenset[str] = frozenset({"aggiornato"})
NEWSROOMS: frozenset[str] = frozenset()  # none yet
BYLINE_ROLES: frozenset[str] = frozenset({"giornalista", "corrispondente"})
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
JOB_WORDS: frozenset[str] = frozenset()  # none yet
ROLE_OPENERS: frozenset[str] = frozenset()  # none yet
GLUED_ROLES: frozenset[str] = frozenset()  # none yet
DEGREES: frozenset[str] = frozenset()  # none yet
PROFESSIONS: frozenset[str] = frozenset()  # none yet
NAME_PARTICLES: frozenset[str] = frozenset({"di", "da", "del", "della"})
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
NOT_NAMES: frozenset[str] = frozenset({"autore", "foto", "blog"})
AND_WORDS: frozenset[str] = frozenset({"e"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"con"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset()  # none yet
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset({"carrello", "acquista", "condividi", "accedi", "registrati"})
BEFORE_DATE: frozenset[str] = frozenset({"il"})
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
AFTER_USERNAME: frozenset[str] = frozenset({"il"})
AFTER_NAMES: frozenset[str] = frozenset()  # none yet
DATE_LABELS: frozenset[str] = frozenset()  # none yet
PUBLISHED: frozenset[str] = frozenset({"pubblicato"})
LABEL_WORDS: frozenset[str] = frozenset({"un", "pubblicato", "scritto"})
LABEL_ENDINGS: frozenset[str] = frozenset()  # none yet
MORE_BY: frozenset[str] = frozenset({"altri"})
ABOUT: frozenset[str] = frozenset()  # none yet
ABOUT_THE: frozenset[str] = frozenset()  # none yet
AUTHOR_WORDS: frozenset[str] = frozenset()  # none yet
COMMENT_WORDS: frozenset[str] = frozenset()  # none yet
BIO_STARTS: frozenset[str] = frozenset()  # none yet
RELATIVE_TIMES: tuple[str, ...] = (r"\b\d+\s+(?:minuti|ore|giorni)\s+fa\b",)
RELATIVE_CUES: tuple[str, ...] = ()  # none yet
READ_TIME: frozenset[str] = frozenset({"lettura"})
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
FOLLOW: frozenset[str] = frozenset({"segui"})
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
TIME_AFTER: frozenset[str] = frozenset()  # none yet
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("{n} {unit} fa",)
ONE_WORDS: frozenset[str] = frozenset({"un", "una", "uno"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "minuto", "minuti"})
HOUR_WORDS: frozenset[str] = frozenset({"ora", "ore"})
DAY_WORDS: frozenset[str] = frozenset({"giorno", "giorni"})
WEEK_WORDS: frozenset[str] = frozenset({"settimana", "settimane"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"ieri"})
TODAY: frozenset[str] = frozenset({"oggi"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset({"diritti", "riservati", "privacy", "legali"})
