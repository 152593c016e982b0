"""Spanish phrase data (see ``newsclean.lang.en`` for the format)."""

STOPWORDS = frozenset(
    [
        "a",
        "además",
        "ahora",
        "al",
        "algo",
        "alguna",
        "algunas",
        "alguno",
        "algunos",
        "ante",
        "antes",
        "aquí",
        "así",
        "aún",
        "aunque",
        "bajo",
        "bien",
        "cada",
        "casi",
        "como",
        "cómo",
        "con",
        "contra",
        "cual",
        "cuál",
        "cuales",
        "cuando",
        "cuándo",
        "cuya",
        "cuyo",
        "de",
        "del",
        "desde",
        "después",
        "dijo",
        "donde",
        "dónde",
        "durante",
        "el",
        "él",
        "ella",
        "ellas",
        "ello",
        "ellos",
        "en",
        "entonces",
        "entre",
        "era",
        "eran",
        "es",
        "esa",
        "esas",
        "ese",
        "eso",
        "esos",
        "esta",
        "está",
        "estaba",
        "están",
        "estar",
        "estas",
        "este",
        "esto",
        "estos",
        "explicó",
        "fue",
        "fueron",
        "ha",
        "había",
        "habían",
        "han",
        "hace",
        "hacia",
        "hasta",
        "hay",
        "la",
        "las",
        "le",
        "les",
        "lo",
        "los",
        "más",
        "me",
        "mi",
        "mientras",
        "misma",
        "mismo",
        "muy",
        "nada",
        "ni",
        "ninguna",
        "ningún",
        "no",
        "nos",
        "nosotros",
        "nuestra",
        "nuestro",
        "nuestros",
        "o",
        "otra",
        "otras",
        "otro",
        "otros",
        "para",
        "pero",
        "poco",
        "podría",
        "por",
        "porque",
        "pues",
        "puede",
        "pueden",
        "que",
        "qué",
        "quien",
        "quién",
        "quienes",
        "se",
        "sea",
        "según",
        "ser",
        "será",
        "sería",
        "si",
        "sí",
        "sido",
        "siempre",
        "sin",
        "sino",
        "sobre",
        "son",
        "su",
        "sus",
        "también",
        "tan",
        "tanto",
        "te",
        "tenía",
        "tiene",
        "tienen",
        "toda",
        "todas",
        "todo",
        "todos",
        "tras",
        "tu",
        "tú",
        "u",
        "un",
        "una",
        "unas",
        "uno",
        "unos",
        "usted",
        "ustedes",
        "vez",
        "y",
        "ya",
        "yo",
        "aseguró",
        "afirmó",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^\W*(?:publicidad|anuncios?|patrocinado|contenido patrocinado|contenido de marca|publirreportaje|"
        r"en colaboración con [\w .'&-]{2,40})\W*$",
        r"(?:noticia|artículo|texto) (?:continúa|sigue) (?:debajo|después|tras) de (?:la )?(?:publicidad|anuncio)",
        r"bloqueador(?:es)? de (?:anuncios|publicidad)",
    ),
    "subscription_prompt": (
        r"^(?:suscríbete|suscribirse|suscríbase|hazte suscriptor|iniciar sesión|inicia sesión|cerrar sesión|regístrate|"
        r"regístrese|registrarse|mi cuenta|mi perfil|acceder|identifícate|crear (?:una )?cuenta|¿?olvidaste tu contraseña\??|"
        r"contraseña|usuario|enviar)\W*$",
        r"(?:suscríbete|suscríbase|regístrate|regístrese) (?:a|al|ahora|gratis|para|hoy|y|por)\b",
        r"(?:contenidos?|artículos?|noticias?) (?:exclusivos? |solo |reservados? )?para (?:suscriptores|socios|abonados)|"
        r"^(?:exclusivo|solo) para suscriptores\W*$|ya (?:soy|eres) suscriptor|¿?ya tienes (?:una )?cuenta\??\W*$",
        r"(?:boletín|boletines|newsletter)\b.{0,60}\b(?:recib|suscr|bandeja|gratis|apúntate)",
        r"\b(?:recibe|suscríbete|apúntate|inscríbete)\b.{0,60}\b(?:boletín|boletines|newsletters?)\b",
        r"^(?:tu |su )?(?:dirección de )?(?:correo|e-?mail)(?: electrónico)?\W*$|(?:correo|e-?mail)(?: electrónico)? (?:no válido|inválido)",
        r"has (?:alcanzado|agotado) el límite|te quedan? \d+ (?:artículos|noticias)|artículos? gratuitos? (?:restantes|este mes)",
        r"gracias por (?:suscribirte|registrarte)|darte de baja (?:en cualquier momento|cuando quieras)|cancela (?:cuando quieras|en cualquier momento)",
        r"^(?:apoya|apóyanos|sostén|defiende) (?:el |nuestro )?periodismo|^(?:descarga|descárgate) (?:la|nuestra) app\b",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:aceptar|acepta|aceptas|consentimiento|configurar|configuración|rechazar|política de cookies)",
        r"(?:utilizamos|usamos|(?:este sitio|esta (?:web|página))(?: web)? (?:utiliza|usa)) cookies|si (?:continúa|continúas|sigue|sigues) navegando",
        r"^(?:aceptar|acepto|rechazar|configurar|personalizar|entendido|de acuerdo)(?: y (?:cerrar|continuar)| todas?| todo| cookies)?\W*$",
        r"^(?:configuración de cookies|configurar cookies|gestionar (?:cookies|preferencias))\W*$",
        r"(?:activa|habilita) (?:el )?javascript|javascript (?:está )?(?:desactivado|deshabilitado)|tu navegador (?:no es compatible|no soporta)",
    ),
    "social_share": (
        r"^(?:compartir|comparte|imprimir|enviar por (?:e-?mail|correo)|copiar (?:enlace|link)|enlace copiado|guardar|"
        r"escuchar(?: (?:la )?noticia| (?:el )?artículo)?)"
        r"(?:\W{1,10}(?:compartir|imprimir|facebook|twitter|x|whatsapp|telegram|e-?mail|correo|linkedin|copiar enlace|comentarios?|comentar)){0,20}\W*$",
        r"^(?:compartir|comparte) (?:en|esta noticia|este artículo|por|vía)\b|^(?:síguenos|síganos)\b",
        r"^sigue (?:a |al )?[\w .'-]{1,30} en (?:whatsapp|google (?:news|noticias|discover)|twitter|x|facebook|instagram|telegram|youtube)\b",
        r"^sigue (?:toda )?(?:la información|las noticias|la actualidad)\b.{0,60}\b(?:facebook|twitter|instagram|whatsapp|newsletter|boletín)",
        r"\b[úu]nete\b.{0,40}\b(?:telegram|whatsapp)\b|^síguenos en (?:telegram|whatsapp)\b",
        r"^¡?(?:mira|visita|suscríbete a|síguenos en) nuestro canal de (?:youtube|telegram|whatsapp)\b",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?comentarios?\W*(?:\(\d+\))?$|^(?:comentar|responder|denunciar|reportar|cancelar respuesta)\W*$",
        r"^(?:deja|dejar|escribe|añade|añadir|ver|mostrar|ocultar|cargar|leer) (?:un |los |tu |más |todos los )?(?:\d+ )?(?:comentarios?|respuestas?)\b",
        r"^(?:sé|se|sea) el primero en comentar|^(?:no hay|aún no hay|sin) comentarios",
        r"^(?:debes|tienes que) (?:estar registrado|iniciar sesión|ser suscriptor) para (?:comentar|publicar)",
        r"^para (?:comentar|opinar|publicar un comentario),? (?:debes|tienes que|es necesario|necesitas)\b",
        r"^tu (?:dirección de )?(?:correo|e-?mail)(?: electrónico)? no (?:será|se) publicad|^normas de (?:participación|la comunidad)\b",
    ),
    "cross_link": (
        r"^(?:lee también|leer también|lea también|vea también|ver también|lee|lea|lee más|leer más|lea más|te puede interesar|"
        r"le puede interesar|también te puede interesar|relacionad[oa]s?|noticias? relacionadas?|más información|más sobre|"
        r"en vídeo|vídeo|en imágenes|galería|no te pierdas|te recomendamos|mira también)\s?[:»>|\-–—]",
        r"^(?:lee también|lea también|vea también|ver también|te puede interesar|leer más|lee más|ver más|seguir leyendo|sigue leyendo|"
        r"ver (?:la )?noticia completa|ver todo|ver todas|cargar más|todas las noticias|volver arriba|volver a la portada|"
        r"siguiente|anterior|(?:noticia|artículo) (?:siguiente|anterior))\W*$",
        r"^(?:foto|imagen) \d+ (?:de|/) \d+\W*$|^\d+ (?:fotos|vídeos)\W*$",
        r"^tiempo de lectura\W*\d+ ?min|^\d+ ?min(?:utos)?\.? de lectura\W*$|^(?:haz|pulsa|pincha) (?:clic |click )?aquí\b",
    ),
    "promo_heading": (
        r"^(?:lo más (?:leído|visto|comentado|compartido)|lo último|(?:las |los )?más (?:leíd|vist|comentad)[oa]s?|"
        r"últimas noticias|noticias destacadas|recomendad[oa]s?|destacad[oa]s?|tendencias|temas del día|otras noticias|"
        r"contenidos? patrocinados?|especiales)\W*$",
        r"^(?:última hora|en directo|directo|urgente|actualizado|índice|en este artículo)\W*$",
        r"^(?:temas?|etiquetas|categorías?|secciones|palabras clave|archivado en)\W*$",
        r"^(?:(?:también )?(?:te|le) puede(?:n)? interesar|contenidos? relacionados?|inf[oó]rmate más|"
        r"(?:otras|más) noticias (?:de|sobre) \w+(?: \w+)?)\W*$",
    ),
    "image_credit": (
        r"^(?:fotografías?|foto de archivo|imagen|imágenes|ilustración|créditos?|fuente|infografía)\s?:|^\(?(?:foto|imagen) de archivo\)?\W*$",
    ),
    "footer": (
        r"^(?:aviso legal|nota legal|política de privacidad|aviso de privacidad|privacidad|política de cookies|"
        r"condiciones (?:de uso|generales)|términos (?:y condiciones|de uso)|contacta con nosotros|contáctanos|quiénes somos|"
        r"sobre nosotros|nosotros|mapa (?:del sitio|web)|anúnciate|trabaja con nosotros|ayuda|preguntas frecuentes|accesibilidad|"
        r"transparencia|código ético|principios editoriales|suscripciones|hemeroteca|boletines|tienda|defensor del lector)\W*$",
        # two legal links on one line: "Aviso legal | Política de privacidad | Contacto"
        r"\b(?:aviso legal|política de privacidad|política de cookies|quiénes somos|mapa del sitio|términos y condiciones)\b.{0,60}"
        r"\b(?:aviso legal|política de privacidad|política de cookies|quiénes somos|mapa del sitio|contacto|términos y condiciones|publicidad)\b",
        r"(?:todos los )?derechos reservados|(?:queda )?prohibida (?:su|la|toda) reproducción",
        r"^(?:una publicación|un (?:sitio|medio)) del grupo\b|\bissn:? ?\d{4}|depósito legal:? [a-z]{1,2}[ -]?\d",
        r"^(?:síguenos|redes sociales)\W*$|^(?:la empresa|el grupo|nuestros (?:medios|sitios)|enlaces de interés)\W*$",
    ),
    "navigation": (
        r"^(?:inicio|portada|menú|menú principal|buscar|búsqueda|buscador|cerrar|(?:abrir|cerrar) menú|todas las secciones|"
        r"estás en|¿?qué (?:estás buscando|buscas)\??)\W*$",
        r"^(?:inicio|portada)\s?(?:›|»|>|/|\|)\s|^(?:ir|saltar|pasar) al? (?:contenido|navegación|menú)\b",
        r"^(?:noticias|actualidad|política|economía|sociedad|internacional|mundo|nacional|españa|américa|latinoamérica|"
        r"locales?|sucesos|justicia|cultura|deportes|fútbol|ciencia|salud|tecnología|opinión|editoriales?|gente|famosos|"
        r"estilo|moda|gastronomía|viajes|ocio|televisión|cine|música|libros|series|espectáculos|vídeos|fotos|el tiempo|"
        r"clima|empleo|vivienda|mercados|finanzas|empresas|educación|medio ambiente|horóscopo|loterías|juegos|esquelas|"
        r"obituarios|clasificados|edición impresa|multimedia|elecciones)\W*$",
    ),
    # Not a removal reason: the metadata of readers' comments (none yet for this language).
    "comment_meta": (),
}

TAG_LABELS = ("etiquetas", "temas", "temas relacionados", "palabras clave", "archivado en", "categorías")

MONTHS = {
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "dic": 12,
}

BYLINE_PREFIXES = ("por", "autor", "autora", "escrito por")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

DATE_ORDER = "dmy"
ORDINALS: frozenset[str] = frozenset({"º"})
DAY_OF: frozenset[str] = frozenset({"de"})
YEAR_OF: frozenset[str] = frozenset({"de"})
UPDATED: frozenset[str] = frozenset({"actualizado", "actualizada"})
NEWSROOMS: frozenset[str] = frozenset()  # none yet
BYLINE_ROLES: frozenset[str] = frozenset({"periodista", "corresponsal", "redactor", "redactora", "autor"})
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
JOB_WORDS: frozenset[str] = frozenset()  # none yet
ROLE_OPENERS: frozenset[str] = frozenset()  # none yet
GLUED_ROLES: frozenset[str] = frozenset()  # none yet
DEGREES: frozenset[str] = frozenset()  # none yet
PROFESSIONS: frozenset[str] = frozenset()  # none yet
NAME_PARTICLES: frozenset[str] = frozenset({"de", "del", "la"})
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
NOT_NAMES: frozenset[str] = frozenset({"actualizado", "edición", "autor", "foto", "fotos", "blog"})
AND_WORDS: frozenset[str] = frozenset({"y"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"con"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset()  # none yet
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset(
    {"carrito", "comprar", "buscar", "imprimir", "compartir", "cuenta", "registrarse"}
)
BEFORE_DATE: frozenset[str] = frozenset({"el"})
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
AFTER_USERNAME: frozenset[str] = frozenset({"el"})
AFTER_NAMES: frozenset[str] = frozenset({"publicado"})
DATE_LABELS: frozenset[str] = frozenset({"publicado"})
PUBLISHED: frozenset[str] = frozenset({"publicado"})
LABEL_WORDS: frozenset[str] = frozenset({"un", "publicado", "escrito"})
LABEL_ENDINGS: frozenset[str] = frozenset()  # none yet
MORE_BY: frozenset[str] = frozenset({"más"})
ABOUT: frozenset[str] = frozenset()  # none yet
ABOUT_THE: frozenset[str] = frozenset()  # none yet
AUTHOR_WORDS: frozenset[str] = frozenset()  # none yet
COMMENT_WORDS: frozenset[str] = frozenset()  # none yet
BIO_STARTS: frozenset[str] = frozenset()  # none yet
RELATIVE_TIMES: tuple[str, ...] = (r"\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?)\b",)
RELATIVE_CUES: tuple[str, ...] = ()  # none yet
READ_TIME: frozenset[str] = frozenset({"lectura"})
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
FOLLOW: frozenset[str] = frozenset({"seguir"})
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
TIME_AFTER: frozenset[str] = frozenset()  # none yet
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("hace {n} {unit}",)
ONE_WORDS: frozenset[str] = frozenset({"un", "una"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "minuto", "minutos"})
HOUR_WORDS: frozenset[str] = frozenset({"h", "hora", "horas"})
DAY_WORDS: frozenset[str] = frozenset({"día", "días"})
WEEK_WORDS: frozenset[str] = frozenset({"semana", "semanas"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"ayer"})
TODAY: frozenset[str] = frozenset({"hoy"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset({"derechos", "reservados", "privacidad", "aviso", "legal"})
