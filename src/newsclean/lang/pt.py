"""Portuguese phrase data, Brazilian and European (see ``newsclean.lang.en`` for the format)."""

STOPWORDS = frozenset(
    [
        "a",
        "à",
        "agora",
        "ainda",
        "ao",
        "aos",
        "apenas",
        "após",
        "aquela",
        "aquele",
        "aqueles",
        "aquilo",
        "as",
        "às",
        "assim",
        "até",
        "cada",
        "com",
        "como",
        "contra",
        "da",
        "das",
        "de",
        "dela",
        "dele",
        "deles",
        "depois",
        "desde",
        "disse",
        "do",
        "dos",
        "durante",
        "e",
        "é",
        "ela",
        "elas",
        "ele",
        "eles",
        "em",
        "então",
        "entre",
        "era",
        "eram",
        "essa",
        "essas",
        "esse",
        "esses",
        "esta",
        "está",
        "estão",
        "estas",
        "estava",
        "estavam",
        "este",
        "estes",
        "eu",
        "foi",
        "foram",
        "há",
        "isso",
        "isto",
        "já",
        "lhe",
        "lhes",
        "mais",
        "mas",
        "me",
        "mesmo",
        "meu",
        "minha",
        "muito",
        "na",
        "nas",
        "nem",
        "no",
        "nos",
        "nós",
        "não",
        "num",
        "numa",
        "o",
        "onde",
        "os",
        "ou",
        "outra",
        "outras",
        "outro",
        "outros",
        "para",
        "pela",
        "pelas",
        "pelo",
        "pelos",
        "pode",
        "podem",
        "poderia",
        "porque",
        "porém",
        "por",
        "quando",
        "quanto",
        "quase",
        "que",
        "quem",
        "qual",
        "se",
        "segundo",
        "seja",
        "sem",
        "sempre",
        "sendo",
        "ser",
        "será",
        "seria",
        "seu",
        "seus",
        "sido",
        "sobre",
        "sua",
        "suas",
        "só",
        "também",
        "tem",
        "têm",
        "ter",
        "tinha",
        "tinham",
        "toda",
        "todas",
        "todo",
        "todos",
        "tu",
        "um",
        "uma",
        "umas",
        "uns",
        "vai",
        "você",
        "vocês",
        "afirmou",
        "havia",
        "nesta",
        "neste",
        "nessa",
        "nesse",
        "desta",
        "deste",
        "dessa",
        "desse",
        "aí",
        "aqui",
        "bem",
        "coisa",
        "deve",
        "devem",
        "diz",
        "dizer",
        "enquanto",
        "estar",
        "faz",
        "fazer",
        "fez",
        "hoje",
        "lá",
        "mesma",
        "muita",
        "muitos",
        "nada",
        "nenhum",
        "nenhuma",
        "nossa",
        "nosso",
        "pois",
        "quais",
        "sim",
        "sob",
        "tanto",
        "teve",
        "vez",
    ]
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (
        r"^\W*(?:publicidade|anúncios?|patrocinado|conteúdo patrocinado|conteúdo de marca|publieditorial|informe publicitário|"
        r"oferecido por [\w .'&-]{2,40}|em parceria com [\w .'&-]{2,40})\W*$",
        r"(?:continua|continue) (?:depois|após|a seguir|abaixo) d[ao] (?:publicidade|anúncio)|(?:matéria|reportagem|notícia) continua (?:após|depois|abaixo)\b",
        r"bloqueador(?:es)? de (?:anúncios|publicidade)|(?:desative|desligue) (?:o )?(?:seu )?(?:bloqueador|adblock)",
    ),
    "subscription_prompt": (
        r"^(?:assine(?: já| agora)?|assinar|entrar|sair|faça login|iniciar sessão|terminar sessão|inscreva-se|cadastre-se|"
        r"registe-se|registre-se|(?:a )?minha conta|meu perfil|área do assinante|criar conta|esqueci (?:minha|a) senha|"
        r"esqueceu (?:sua|a) (?:senha|palavra-passe)\??|senha|palavra-passe|enviar|seja assinante|quero assinar)\W*$",
        r"^(?:assine|inscreva-se|cadastre-se|registe-se|registre-se|subscreva) (?:já|agora|a|o|para|grátis|nossa|nosso|a nossa|o nosso)\b",
        r"(?:conteúdo|artigo|matéria|reportagem) (?:exclusiv|restrit)[oa] (?:para|a|aos) assinantes|^exclusivo para assinantes\W*$|"
        r"já (?:é|sou) assinante\s?\?|^já sou assinante|ainda não é assinante\s?\?",
        r"(?:newsletters?|boletim)\b.{0,60}\b(?:receb|inscrev|cadastr|subscrev|caixa de (?:entrada|correio)|grátis|gratuita)",
        r"\b(?:receba|inscreva-se|cadastre-se|subscreva)\b.{0,60}\b(?:newsletters?|boletim)\b",
        r"^(?:o )?(?:seu |teu )?e-?mail\W*$|^(?:digite|insira|introduza|informe) (?:o )?(?:seu |teu )?(?:endereço de )?e-?mail|e-?mail inválido",
        r"(?:atingiu|chegou ao) (?:o )?limite de (?:matérias|artigos|reportagens|leitura)|(?<!\d)\d+ (?:artigos|matérias|reportagens) gratuit[oa]s",
        r"obrigado por (?:se inscrever|se cadastrar|assinar|subscrever)|cancele quando quiser|^(?:apoie|apoia|valorize) o (?:nosso )?jornalismo",
        r"^(?:baixe|descarregue|instale) (?:o |a )?(?:nosso |nossa )?(?:app|aplicativo|aplicação)\b",
        r"^(?:receba|receber) (?:as |nossas |as principais )?notícias\b.{0,40}\b(?:e-?mail|whatsapp|telegram|newsletter)",
    ),
    "cookie_notice": (
        r"\bcookies?\b.{0,80}\b(?:aceit|concord|consentimento|política de|configur|definições|personaliz)",
        r"(?:utilizamos|usamos|este (?:site|website|sítio) (?:utiliza|usa)) cookies|ao (?:continuar|prosseguir) (?:a navegar|navegando|com a navegação)",
        r"^(?:aceitar|aceito|concordo|rejeitar|recusar|configurar|personalizar|entendi|ok,? entendi|continuar sem aceitar)"
        r"(?: tudo| todos| e (?:fechar|continuar)| cookies)?\W*$",
        r"^(?:(?:gerir|gerenciar) (?:as )?(?:preferências|cookies)|(?:definições|configurações|preferências) de cookies)\W*$",
        r"javascript (?:está )?(?:desativado|desabilitado)|(?:ative|habilite) o javascript|(?:o )?seu navegador (?:não é suportado|está desatualizado)",
    ),
    "social_share": (
        r"^(?:compartilhar|compartilhe|partilhar|partilhe|imprimir|enviar por e-?mail|copiar (?:o )?link|link copiado|salvar|guardar|"
        r"ouvir(?: (?:a |o )?(?:notícia|matéria|artigo))?|ouça(?: (?:a )?(?:notícia|matéria))?)"
        r"(?:\W{1,10}(?:compartilhar|partilhar|imprimir|facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin|copiar link|comentários?)){0,20}\W*$",
        r"^(?:compartilhe|partilhe|compartilhar|partilhar) (?:no|na|em|por|via|esta|este|essa|nas redes)\b|^(?:siga-nos|sigam-nos|nos siga)\b",
        r"^(?:siga|acompanhe) (?:o |a )?[\w .'-]{1,30} (?:no|nas|pelo) (?:facebook|twitter|instagram|x|whatsapp|telegram|youtube|google news|redes sociais)\b",
    ),
    "comment_prompt": (
        r"^(?:\d+ )?comentários?\W*(?:\(\d+\))?$|^(?:comentar|comente|responder|denunciar|cancelar resposta|\d+ respostas?)\W*$",
        r"^(?:deixe|escreva|adicione|ver|veja|mostrar|ocultar|carregar|ler|leia) (?:um |o |os |seu |todos os |mais )?(?:\d+ )?(?:comentários?|respostas?)\b",
        r"^seja (?:o primeiro|a primeira) a comentar|^(?:não há|ainda não há|sem) comentários",
        r"^(?:você precisa|é preciso|é necessário) (?:estar (?:logado|cadastrado|registado)|fazer login|ser assinante) para (?:comentar|publicar)",
        r"^(?:o )?seu (?:endereço de )?e-?mail não será publicado|^(?:regras|normas) (?:de|dos|para) (?:comentários|comunidade)",
    ),
    "cross_link": (
        r"^(?:leia também|leia mais|leia|leia ainda|veja também|veja mais|veja|ver também|saiba mais|relacionad[oa]s?|"
        r"notícias relacionadas|matérias relacionadas|vídeo|em vídeo|assista|assista também|não perca|mais sobre|confira também|galeria)\s?[:»>|\-–—]",
        r"^(?:leia também|veja também|saiba mais|leia mais|ler mais|continue lendo|continuar a ler|leia a (?:matéria|reportagem|notícia) completa|"
        r"ver mais|veja mais|ver tudo|carregar mais|mais notícias|todas as notícias|voltar ao topo|voltar|topo|próximo|"
        r"próxima|anterior|seguinte|(?:próxima|próximo) (?:notícia|artigo)|(?:notícia|artigo) anterior)\W*$",
        r"^(?:foto|imagem) \d+ (?:de|/) \d+\W*$|^\d+ (?:fotos|imagens|vídeos)\W*$",
        r"^tempo de leitura\W*\d+ ?min|^\d+ ?min(?:utos)?\.? de leitura\W*$|^(?:clique|carregue|toque) aqui\b",
    ),
    "promo_heading": (
        r"^(?:(?:as |os )?mais (?:lid|vist|comentad|partilhad|compartilhad)[oa]s|últimas notícias|últimas|destaques?|em destaque|"
        r"recomendad[oa]s?|para você|(?:você )?também pode gostar|você pode gostar|outras notícias|em alta|conteúdos? patrocinados?)\W*$",
        r"^(?:última hora|urgente|ao vivo|em direto|atualizado|em atualização|índice|neste artigo)\W*$",
        r"^(?:tópicos|temas|assuntos|etiquetas|palavras-chave|categorias?|secções|seções)\W*$",
    ),
    "image_credit": (
        r"^(?:fotografia|imagem|imagens|ilustração|créditos?|fonte|infográfico|arte)\s?:|^\(?(?:foto|imagem) (?:de arquivo|ilustrativa)\)?\W*$",
        r"\breprodução ?/ ?(?:instagram|twitter|x|facebook|youtube|tiktok|tv\b|redes sociais|internet|google|vídeo)",
    ),
    "footer": (
        r"^(?:política de privacidade|privacidade|política de cookies|termos de uso|termos de utilização|termos e condições|"
        r"estatuto editorial|fale conosco|fale connosco|contato|contacto|contactos|contatos|quem somos|sobre nós|expediente|"
        r"ficha técnica|mapa do site|anuncie(?: conosco)?|publicite|trabalhe conosco|ajuda|perguntas frequentes|acessibilidade|"
        r"código de ética|princípios editoriais|assinaturas?|loja|livro de reclamações|(?:gerir|gerenciar) cookies)\W*$",
        # two legal links on one line: "Política de privacidade | Termos de uso | Expediente"
        r"\b(?:política de privacidade|termos de uso|quem somos|fale conosco|expediente|estatuto editorial|ficha técnica|mapa do site|anuncie)\b"
        r".{0,60}\b(?:política de privacidade|termos de uso|quem somos|fale conosco|expediente|estatuto editorial|ficha técnica|"
        r"mapa do site|anuncie|contato|contactos|publicidade|privacidade)\b",
        r"(?:todos os )?direitos reservados|proibida a (?:sua )?(?:reprodução|cópia)|reprodução (?:proibida|não autorizada)",
        r"\bcnpj:? ?\d{2}\.?\d{3}|\bnipc:? ?\d{9}|\bissn:? ?\d{4}|registo (?:na )?erc\b",
        r"^(?:siga-nos|acompanhe-nos|redes sociais)\W*$|^(?:institucional|o grupo|nossos sites|links úteis)\W*$",
    ),
    "navigation": (
        r"^(?:início|página inicial|capa|buscar|busca|pesquisar|pesquisa|fechar|(?:abrir|fechar) menu|seções|secções|"
        r"todas as (?:seções|secções|editorias)|editorias|você está em|o que (?:você )?procura\??)\W*$",
        r"^(?:início|página inicial|capa)\s?(?:›|»|>|/|\|)\s|^(?:ir|saltar|pular) (?:para|ao) (?:o )?(?:conteúdo|menu|busca|rodapé)\b",
        r"^(?:notícias|atualidade|actualidade|política|economia|mercados|negócios|dinheiro|sociedade|país|brasil|portugal|"
        r"mundo|internacional|cidades|regiões|cultura|esportes?|desporto|futebol|ciência|saúde|tecnologia|opinião|colunistas|"
        r"colunas|entretenimento|celebridades|famosos|gente|estilo|moda|gastronomia|viagem|viagens|turismo|televisão|cinema|"
        r"música|livros|séries|vídeos|fotos|tempo|clima|meio ambiente|educação|emprego|carreira|concursos|imóveis|carros|"
        r"loterias|horóscopo|jogos|obituário|necrologia|especiais|multimídia|multimédia|eleições)\W*$",
    ),
    # Not a removal reason: the metadata of readers' comments (none yet for this language).
    "comment_meta": (),
}

TAG_LABELS = ("temas", "tópicos", "assuntos", "palavras-chave", "etiquetas")

#: Month names and abbreviations (case-folded) -> month number, for dates in the text.
MONTHS = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "marco": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}

#: Words that introduce the authors on a byline ("By Jane Doe").
BYLINE_PREFIXES = ("por", "autor", "autora", "escrito por")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

#: How a numeric date whose day and month could be swapped ("03/04/2021") reads: "dmy" or "mdy".
DATE_ORDER = "dmy"
#: What follows the day's number in a date ("3rd", "1er", "1º", "3.").
ORDINALS: frozenset[str] = frozenset({"º"})
#: Words between the day and the month's name ("3rd of March", "3 de marzo").
DAY_OF: frozenset[str] = frozenset({"de"})
#: Words between the month's name and the year ("3 de marzo de 2024").
YEAR_OF: frozenset[str] = frozenset({"de"})
#: Words that mark a date as the last update rather than the publication.
UPDATED: frozenset[str] = frozenset({"atualizado", "atualizada"})
#: A newsroom named as a byline's organisation ("Staff", "Redaktion"), spelled as the byline gives it.
NEWSROOMS: frozenset[str] = frozenset()  # none yet
#: Job titles that follow a name on a byline ("JOHN SMITH | Staff Writer"): never an author.
BYLINE_ROLES: frozenset[str] = frozenset({"jornalista", "correspondente", "autor"})
#: Words of a job title (see BYLINE_ROLES) that alone make no job title ("staff", "senior").
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
#: Single words, besides those of BYLINE_ROLES, that make a line a job title ("Marketing Manager").
JOB_WORDS: frozenset[str] = frozenset({"professor"})
#: Words that open a job title below a name ("Chefredakteur", "Deputy Editor").
ROLE_OPENERS: frozenset[str] = frozenset()  # none yet
#: Job-title words a scraper glues, capitalised, to the name before them ("Evan HalperStaff Writer").
GLUED_ROLES: frozenset[str] = frozenset()  # none yet
#: Degrees and honorifics after a name ("Jane Doe, PhD"): where the names end.
DEGREES: frozenset[str] = frozenset()  # none yet
#: Professions written before a name ("Rechtsanwalt Jane Doe"): no part of it.
PROFESSIONS: frozenset[str] = frozenset()  # none yet
#: Small words inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset({"da", "dos", "de"})
#: Endings of adjectives, never part of a name ("Europäische").
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
#: Words that are never part of a person's name on a byline (navigation, prompts, times).
NOT_NAMES: frozenset[str] = frozenset({"autor", "foto", "fotos", "blog"})
#: The word "and" between two names ("Jane Doe and John Roe").
AND_WORDS: frozenset[str] = frozenset({"e"})
#: Words between the names and the date or place after them ("Jane Doe on May 3", "Jane Doe am 3. Mai").
BEFORE_DATE: frozenset[str] = frozenset({"em"})
#: Like BEFORE_DATE, only in small letters ("Le" opens names: "Jean Le Pen").
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
#: Words (in small letters) that end a user name after "Posted by" ("by gizmo on May 3").
AFTER_USERNAME: frozenset[str] = frozenset()  # none yet
#: Words that end the names on a byline ("Jane Doe Published ...", "Jane Doe folgen").
AFTER_NAMES: frozenset[str] = frozenset({"publicado"})
#: Words that end a name before the date they label ("Jane Doe Zuletzt geändert am 06.11.2023").
DATE_LABELS: frozenset[str] = frozenset({"publicado"})
#: Words of publishing that may come before the byline word ("Posted on 3 May 2024 by ...").
PUBLISHED: frozenset[str] = frozenset({"publicado"})
#: Words that may stand before a byline word alone on a line ("Published by", "Ein Kommentar von").
LABEL_WORDS: frozenset[str] = frozenset({"publicado", "escrito"})
#: What may follow the byline word at the end of a label ("AUTOR/IN", "Auteur(s) :").
LABEL_ENDINGS: frozenset[str] = frozenset()  # none yet
#: Words before a byline word that make it a pointer elsewhere ("More by", "Mehr von"), not a byline.
MORE_BY: frozenset[str] = frozenset()  # none yet
#: The word "about" of a heading over an author box ("About the author", "Über den Autor").
ABOUT: frozenset[str] = frozenset()  # none yet
#: Articles between ABOUT and AUTHOR_WORDS ("About the author").
ABOUT_THE: frozenset[str] = frozenset()  # none yet
#: The word "author" of a heading over an author box, and at the end of a label ("Autor:").
AUTHOR_WORDS: frozenset[str] = frozenset()  # none yet
#: Words of a comment link after a blog post's author ("Jane Doe 3 Kommentare", "Leave a comment").
COMMENT_WORDS: frozenset[str] = frozenset()  # none yet
#: Words that open a bio after a byline's name ("By Jane Doe, a senior reporter who ...").
BIO_STARTS: frozenset[str] = frozenset()  # none yet
#: Regular expressions (searched, case ignored) for a time relative to now ("3 hours ago").
RELATIVE_TIMES: tuple[str, ...] = (r"\bhá\s+\d+\s+\w+",)
#: Regular expressions one of which a RELATIVE_TIMES match without a digit holds (a quick test first).
RELATIVE_CUES: tuple[str, ...] = ()  # none yet
#: Words after the minutes of a reading time ("5 min read", "3 Min. Lesezeit").
READ_TIME: frozenset[str] = frozenset()  # none yet
#: Words that name a reading time even without the minutes ("Lesezeit").
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
#: The word "follow" of a social-media prompt between a name and its date.
FOLLOW: frozenset[str] = frozenset({"seguir"})
#: Words before a clock time ("um 14:32").
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
#: Words after a clock time ("14:32 Uhr"); "a.m."/"p.m." are read as a 12-hour clock everywhere.
TIME_AFTER: frozenset[str] = frozenset()  # none yet
