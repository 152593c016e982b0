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

BYLINE_PREFIXES = ("por", "autor", "autora", "escrito por")


# Bylines and dates (see newsclean.fields.byline and newsclean.dates).

DATE_ORDER = "dmy"
ORDINALS: frozenset[str] = frozenset({"º"})
DAY_OF: frozenset[str] = frozenset({"de"})
YEAR_OF: frozenset[str] = frozenset({"de"})
UPDATED: frozenset[str] = frozenset({"atualizado", "atualizada"})
NEWSROOMS: frozenset[str] = frozenset()  # none yet
BYLINE_ROLES: frozenset[str] = frozenset({"jornalista", "correspondente", "autor"})
ROLE_QUALIFIERS: frozenset[str] = frozenset()  # none yet
JOB_WORDS: frozenset[str] = frozenset({"professor"})
ROLE_OPENERS: frozenset[str] = frozenset()  # none yet
GLUED_ROLES: frozenset[str] = frozenset()  # none yet
DEGREES: frozenset[str] = frozenset()  # none yet
PROFESSIONS: frozenset[str] = frozenset()  # none yet
NAME_PARTICLES: frozenset[str] = frozenset({"da", "dos", "de"})
ADJECTIVE_ENDINGS: frozenset[str] = frozenset()  # none yet
NOT_NAMES: frozenset[str] = frozenset({"autor", "foto", "fotos", "blog"})
AND_WORDS: frozenset[str] = frozenset({"e"})
#: A word between two names that makes the second a co-author ("Jane Doe with John Roe").
WITH_WORDS: frozenset[str] = frozenset({"com"})
#: Words after names that make a line a byline ("Jane Doe reports").
REPORTS: frozenset[str] = frozenset()  # none yet
#: Words of a shop, a menu or a button ("ADD TO CART", "Sign in"): never a place nor an author.
INTERFACE_WORDS: frozenset[str] = frozenset(
    {"carrinho", "comprar", "pesquisar", "imprimir", "compartilhar", "conta", "entrar"}
)
BEFORE_DATE: frozenset[str] = frozenset({"em"})
BEFORE_DATE_LOWER: frozenset[str] = frozenset()  # none yet
AFTER_USERNAME: frozenset[str] = frozenset()  # none yet
AFTER_NAMES: frozenset[str] = frozenset({"publicado"})
DATE_LABELS: frozenset[str] = frozenset({"publicado"})
PUBLISHED: frozenset[str] = frozenset({"publicado"})
LABEL_WORDS: frozenset[str] = frozenset({"publicado", "escrito"})
LABEL_ENDINGS: frozenset[str] = frozenset()  # none yet
MORE_BY: frozenset[str] = frozenset()  # none yet
ABOUT: frozenset[str] = frozenset()  # none yet
ABOUT_THE: frozenset[str] = frozenset()  # none yet
AUTHOR_WORDS: frozenset[str] = frozenset()  # none yet
COMMENT_WORDS: frozenset[str] = frozenset()  # none yet
BIO_STARTS: frozenset[str] = frozenset()  # none yet
RELATIVE_TIMES: tuple[str, ...] = (r"\bhá\s+\d+\s+\w+",)
RELATIVE_CUES: tuple[str, ...] = ()  # none yet
READ_TIME: frozenset[str] = frozenset()  # none yet
READ_TIME_ALONE: frozenset[str] = frozenset()  # none yet
FOLLOW: frozenset[str] = frozenset({"seguir"})
TIME_BEFORE: frozenset[str] = frozenset()  # none yet
TIME_AFTER: frozenset[str] = frozenset()  # none yet
#: A time before now: "{n}" stands for a number or a word of ``ONE_WORDS``, "{unit}" for a word of a unit below.
AGO: tuple[str, ...] = ("há {n} {unit}",)
ONE_WORDS: frozenset[str] = frozenset({"um", "uma"})
MINUTE_WORDS: frozenset[str] = frozenset({"min", "minuto", "minutos"})
HOUR_WORDS: frozenset[str] = frozenset({"h", "hora", "horas"})
DAY_WORDS: frozenset[str] = frozenset({"dia", "dias"})
WEEK_WORDS: frozenset[str] = frozenset({"semana", "semanas"})
#: The day before the day the page was read, and that day ("yesterday at 14:32", "Published today").
YESTERDAY: frozenset[str] = frozenset({"ontem"})
TODAY: frozenset[str] = frozenset({"hoje"})
#: Words of a legal line ("Privacy Policy & Terms of Use"): never in a site's name.
LEGAL_WORDS: frozenset[str] = frozenset({"direitos", "reservados", "privacidade"})
