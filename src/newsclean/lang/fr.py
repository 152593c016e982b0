"""French phrase data (see ``newsclean.lang.en`` for the format)."""

STOPWORDS = frozenset(
    [
        "a",
        "à",
        "afin",
        "ai",
        "aient",
        "ainsi",
        "alors",
        "après",
        "au",
        "aucun",
        "aucune",
        "auprès",
        "aussi",
        "autre",
        "autres",
        "aux",
        "avaient",
        "avais",
        "avait",
        "avant",
        "avec",
        "avez",
        "avoir",
        "avons",
        "ayant",
        "beaucoup",
        "bien",
        "c",
        "ça",
        "car",
        "ce",
        "ceci",
        "cela",
        "celle",
        "celles",
        "celui",
        "cependant",
        "certains",
        "ces",
        "cet",
        "cette",
        "ceux",
        "chaque",
        "chez",
        "comme",
        "comment",
        "contre",
        "d",
        "dans",
        "de",
        "déjà",
        "depuis",
        "des",
        "dès",
        "désormais",
        "devant",
        "doit",
        "donc",
        "dont",
        "du",
        "elle",
        "elles",
        "en",
        "encore",
        "entre",
        "est",
        "et",
        "étaient",
        "était",
        "étant",
        "été",
        "être",
        "eu",
        "eux",
        "fait",
        "faire",
        "faut",
        "fois",
        "font",
        "ici",
        "il",
        "ils",
        "j",
        "jamais",
        "je",
        "jusqu",
        "l",
        "la",
        "là",
        "le",
        "les",
        "leur",
        "leurs",
        "lors",
        "lorsque",
        "lui",
        "m",
        "ma",
        "mais",
        "me",
        "même",
        "mêmes",
        "mes",
        "moi",
        "moins",
        "mon",
        "n",
        "ne",
        "ni",
        "non",
        "nos",
        "notre",
        "nous",
        "on",
        "ont",
        "ou",
        "où",
        "par",
        "parce",
        "parmi",
        "pas",
        "pendant",
        "peu",
        "peut",
        "peuvent",
        "plus",
        "plusieurs",
        "pour",
        "pourquoi",
        "pourrait",
        "puis",
        "qu",
        "quand",
        "que",
        "quel",
        "quelle",
        "quelles",
        "quels",
        "qui",
        "quoi",
        "rien",
        "s",
        "sa",
        "sans",
        "se",
        "selon",
        "sera",
        "serait",
        "seront",
        "ses",
        "si",
        "soit",
        "son",
        "sont",
        "sous",
        "sur",
        "t",
        "ta",
        "tandis",
        "te",
        "tes",
        "toi",
        "ton",
        "toujours",
        "tous",
        "tout",
        "toute",
        "toutes",
        "très",
        "tu",
        "un",
        "une",
        "vers",
        "voici",
        "vos",
        "votre",
        "vous",
        "y",
        "également",
        "aujourd",
        "hui",
        "déclaré",
        "estime",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^\W*(?:publicités?|pub|annonces?|contenu sponsorisé|sponsorisée?|article sponsorisé|contenu partenaire|publireportage)\W*$",
        r"^contenu (?:proposé|offert|sponsorisé) par\b|^en partenariat avec [\w .'’&-]{2,40}$",
        r"la suite (?:de (?:l['’]|cet )article )?(?:après|sous) (?:cette |la )?(?:publicité|annonce)|l['’]article (?:continue|se poursuit) (?:ci-dessous|après)",
        r"(?:désactiv\w{0,20}|coupez) (?:votre |le |l['’])?(?:bloqueur de pub\w*|adblock\w*)",
    ),
    "subscription_prompt": (
        r"^(?:s['’]abonner|abonnez-vous|je m['’]abonne|s['’]inscrire|inscrivez-vous|inscription|se connecter|connectez-vous|"
        r"connexion|(?:se )?déconnexion|se déconnecter|s['’]identifier|identifiez-vous|mon compte|mon espace|espace abonnés?|"
        r"créer (?:un|mon) compte|mot de passe(?: oublié)?|identifiant|valider|envoyer|rester connecté)\W*$",
        r"(?:abonnez-vous|abonnez vous|inscrivez-vous) (?:à|au|aux|pour|dès|gratuitement|maintenant)\b|^(?:déjà|pas encore) abonnée?\b|déjà abonnée? ?\?|n['’]êtes pas (?:encore )?abonnée?",
        r"(?:article|contenu|offre|accès) (?:est )?réservée?s? (?:aux|à nos) abonnée?s|^réservé aux abonnés\W*$",
        r"newsletters?\b.{0,60}\b(?:inscri|recevez|recevoir|abonn|boîte (?:mail|de réception)|gratuite)",
        r"\b(?:inscri\w+|recevez|abonnez-vous)\b.{0,60}\b(?:newsletters?|lettre d['’]information)\b",
        r"^(?:votre )?(?:adresse )?(?:e-?mail|courriel)\W*$|(?:adresse )?(?:e-?mail|courriel) (?:invalide|non valide)|adresse (?:e-?mail|mail) valide",
        r"il vous reste \d+ articles?|(?<!\d)\d+ articles? gratuits?|vous avez (?:atteint|lu) (?:la limite|votre limite|\d+ articles)",
        r"pour (?:lire|continuer à lire) (?:la suite|cet article)|accédez à (?:tous )?(?:nos|les) (?:articles|contenus)",
        r"merci (?:pour|de) votre inscription|désinscri\w{0,20} à tout moment|résiliable à tout moment|(?<!\d)\d+ ?€.{0,40}sans engagement",
        r"soutenez (?:notre |un |le )?journalisme|soutenez la rédaction|^(?:faire|je fais) un don\W*$",
        r"^(?:téléchargez|télécharger) (?:l['’]application|notre application|l['’]appli)\b",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:acceptez|accepter|consentement|vous pouvez|paramétrer|paramètres|gérer|poursuivant|continuant)",
        r"(?:nous|ce site|notre site|nos partenaires) (?:utilis\w+|dépos\w+)(?: des)? (?:cookies|traceurs)|en (?:poursuivant|continuant) (?:votre )?navigation",
        r"^(?:(?:tout |j['’])?accepte[rz]?|(?:tout )?refuser|continuer sans accepter|paramétrer|personnaliser|j['’]ai compris|compris)"
        r"(?: tout| et (?:fermer|continuer)| les cookies)?\W*$",
        r"^(?:paramètres|préférences|gestion|gérer) (?:des cookies|mes cookies|de confidentialité|mes choix)\W*$",
        r"javascript (?:est )?(?:désactivé|requis)|activ\w{1,20} (?:le )?javascript|votre navigateur (?:n['’]est pas|est obsolète|ne (?:prend|supporte))",
    ),
    "social_share": (
        r"^(?:partager|partagez|imprimer|envoyer par (?:e-?mail|mail)|copier le lien|lien copié|enregistrer|"
        r"écouter(?: l['’]article| cet article)?|offrir(?: l['’]article| cet article)?)"
        r"(?:\W{1,10}(?:partager|imprimer|facebook|twitter|x|whatsapp|e-?mail|mail|linkedin|messenger|copier le lien|commentaires?)){0,20}\W*$",
        r"^partager (?:sur|cet article|l['’]article|par|via)\b|^(?:suivez|retrouvez)-nous\b",
        r"^suivez [\w .'’-]{1,30} sur (?:facebook|twitter|instagram|x|whatsapp|google (?:actualités|news)|youtube|tiktok)\b",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?(?:commentaires?|réactions?)\W*(?:\(\d+\))?$|^(?:réagir|réagissez|commenter|répondre|signaler(?: un abus)?|\d+ réponses?)\W*$",
        r"^(?:laisser|ajouter|écrire|poster|voir|afficher|lire|masquer) (?:un |les |des |tous les |votre )?(?:\d+ )?(?:commentaires?|réactions?|réponses?)\b",
        r"^soyez (?:le premier|la première) à (?:commenter|réagir)|^(?:aucun commentaire|pas (?:encore )?de commentaires?)",
        r"^(?:vous devez être (?:connecté|inscrit|abonné)e?|connectez-vous|abonnez-vous) pour (?:commenter|réagir)",
        r"^votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|charte (?:de modération|des commentaires)|^(?:les )?commentaires sont fermés",
    ),
    "cross_link": (
        r"^(?:lire aussi|à lire aussi|a lire aussi|lire également|à lire|lire|voir aussi|à voir aussi|sur le même sujet|à ne pas manquer|"
        r"ne manquez pas|en savoir plus|pour aller plus loin|vidéo|en vidéo|en images|diaporama|plus d['’]infos?|notre dossier)\s?[:»>|\-–—]",
        r"^(?:lire aussi|à lire aussi|voir aussi|en savoir plus|lire la suite|voir plus|voir tout|voir la suite|afficher plus|"
        r"toute l['’]actualité|toutes les actualités|tous les articles|article (?:suivant|précédent)|suivant|précédent|"
        r"retour en haut(?: de (?:la )?page)?|haut de page|retour à l['’]accueil)\W*$",
        r"^(?:photo|image) \d+ (?:sur|/) \d+\W*$|^\d+ (?:photos|vidéos)\W*$",
        r"^temps de lecture\W*\d+ ?min|^\d+ ?min(?:utes?)?\.? de lecture\W*$|^(?:cliquez|cliquer) ici\b",
    ),
    "promo_heading": (
        r"^(?:les plus (?:lus|lues|partagés|commentés|populaires)|à la une|(?:les )?dernières? (?:actualités|actus|infos)|"
        r"l['’]actualité|l['’]info en continu|en continu|nos (?:recommandations|sélections?)|recommandé pour vous|vous aimerez aussi|"
        r"à découvrir(?: aussi)?|sur le même (?:sujet|thème)|dans la même rubrique|articles (?:similaires|liés|associés)|"
        r"contenus? (?:sponsorisés?|partenaires?)|en ce moment|tendances|ailleurs sur le web)\W*$",
        r"^(?:dernière minute|flash info|en direct|direct|mis à jour|sommaire|dans cet article)\W*$",
        r"^(?:thèmes?|sujets?|mots[- ]clés|rubriques?|catégories?)\W*$",
    ),
    "image_credit": (
        r"^(?:crédits?(?: photos?)?|photographies?|illustrations?|images?|infographie|légende)\s?:|^\(?(?:photo|image) d['’](?:illustration|archives?)\b",
    ),
    "footer": (
        r"^(?:mentions légales|informations légales|politique de confidentialité|politique (?:de|relative aux) cookies|"
        r"protection des données(?: personnelles)?|données personnelles|vie privée|charte (?:de confidentialité|d['’]utilisation|des cookies)|"
        r"conditions générales(?: d['’]utilisation| de vente)?|conditions d['’]utilisation|cgu|cgv|cgu ?/ ?cgv|nous contacter|"
        r"contactez-nous|qui sommes-nous ?\??|à propos|plan du site|annonceurs|régie publicitaire|gestion des cookies|"
        r"accessibilité(?:\W*(?:non|partiellement|totalement) conforme)?|aide|recrutement|abonnements?|boutique|flux rss|kiosque)\W*$",
        # two legal links on one line: "Mentions légales | CGU | Contact"
        r"\b(?:mentions légales|cgu|cgv|politique de confidentialité|données personnelles|plan du site|qui sommes-nous)\b.{0,60}"
        r"\b(?:mentions légales|cgu|cgv|politique de confidentialité|données personnelles|plan du site|qui sommes-nous|contact|publicité)\b",
        r"tous droits réservés|droits de reproduction (?:et de diffusion )?réservés|(?:toute )?reproduction (?:strictement )?interdite",
        r"^(?:un site|une publication) (?:du groupe|édité par)\b|^(?:directeur|directrice) de (?:la )?publication\s?:",
        r"^(?:suivez-nous|retrouvez-nous|restez connectés?)\b|^(?:le groupe|nos sites|liens utiles|le journal|partenaires)\W*$",
    ),
    "navigation": (
        r"^(?:accueil|page d['’]accueil|rechercher|recherche|fermer|(?:ouvrir|fermer) le menu|vous êtes ici|rubriques|"
        r"toutes les rubriques|que recherchez-vous ?\??|votre recherche)\W*$",
        r"^accueil\s?(?:›|»|>|/|\|)\s|^(?:aller|passer|accéder) (?:au|à la) (?:contenu|navigation|menu|recherche)\b",
        r"^(?:actu|actualités?|infos?|politique|économie|société|international|monde|france|régions?|faits divers|justice|"
        r"sports|football|rugby|sciences?|santé|environnement|planète|climat|high-tech|médias|idées|opinions?|débats|"
        r"people|loisirs|voyages?|cuisine|auto|immobilier|emploi|argent|bourse|entreprises|éducation|famille|mode|vidéos|"
        r"météo|horoscope|jeux|télé|cinéma|musique|livres|séries|nécrologie|élections?|magazine)\W*$",
    ),
    # Not a removal reason: the metadata of readers' comments (none yet for this language).
    "comment_meta": (),
}

TAG_LABELS = ("mots-clés", "mots clés", "mots-clefs", "thèmes", "thématiques", "sujets", "étiquettes")

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
}

BYLINE_PREFIXES = ("par", "auteur", "rédigé par", "écrit par")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

DATE_ORDER = "dmy"
ORDINALS: frozenset[str] = frozenset({"er"})
DAY_OF: frozenset[str] = frozenset()  # none yet
YEAR_OF: frozenset[str] = frozenset()  # none yet
UPDATED: frozenset[str] = frozenset({"mis à jour"})
NEWSROOMS: frozenset[str] = frozenset()  # none yet
BYLINE_ROLES: frozenset[str] = frozenset(
    {"journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "reporter"}
)
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
JOB_WORDS: frozenset[str] = frozenset()  # none yet
ROLE_OPENERS: frozenset[str] = frozenset()  # none yet
GLUED_ROLES: frozenset[str] = frozenset()  # none yet
DEGREES: frozenset[str] = frozenset()  # none yet
PROFESSIONS: frozenset[str] = frozenset()  # none yet
NAME_PARTICLES: frozenset[str] = frozenset({"de", "du", "la", "le"})
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
NOT_NAMES: frozenset[str] = frozenset(
    {"auteur", "journal", "magazine", "photo", "photos", "blog", "forum", "illustration"}
)
AND_WORDS: frozenset[str] = frozenset({"et"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"avec"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset()  # none yet
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset(
    {"panier", "connexion", "acheter", "recherche", "imprimer", "partager", "compte", "inscription"}
)
BEFORE_DATE: frozenset[str] = frozenset({"dans"})
BEFORE_DATE_LOWER: frozenset[str] = frozenset({"le"})
AFTER_USERNAME: frozenset[str] = frozenset({"le"})
AFTER_NAMES: frozenset[str] = frozenset({"publié"})
DATE_LABELS: frozenset[str] = frozenset({"publié"})
PUBLISHED: frozenset[str] = frozenset({"publié"})
LABEL_WORDS: frozenset[str] = frozenset({"un", "une", "article", "analyse", "interview", "publié", "écrit"})
LABEL_ENDINGS: frozenset[str] = frozenset({"(s)"})
MORE_BY: frozenset[str] = frozenset({"plus"})
ABOUT: frozenset[str] = frozenset()  # none yet
ABOUT_THE: frozenset[str] = frozenset()  # none yet
AUTHOR_WORDS: frozenset[str] = frozenset()  # none yet
COMMENT_WORDS: frozenset[str] = frozenset()  # none yet
BIO_STARTS: frozenset[str] = frozenset()  # none yet
RELATIVE_TIMES: tuple[str, ...] = (r"\bil y a\s+\d+",)
RELATIVE_CUES: tuple[str, ...] = ()  # none yet
READ_TIME: frozenset[str] = frozenset({"de lecture"})
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
FOLLOW: frozenset[str] = frozenset({"suivre"})
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
TIME_AFTER: frozenset[str] = frozenset()  # none yet
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("il y a {n} {unit}",)
ONE_WORDS: frozenset[str] = frozenset({"un", "une"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "minute", "minutes"})
HOUR_WORDS: frozenset[str] = frozenset({"h", "heure", "heures"})
DAY_WORDS: frozenset[str] = frozenset({"jour", "jours"})
WEEK_WORDS: frozenset[str] = frozenset({"semaine", "semaines"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"hier"})
TODAY: frozenset[str] = frozenset({"aujourd'hui"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset({"mentions", "légales", "droits", "réservés", "confidentialité"})
