//! La tabla en español. Tuteo, como la mayoría de los cursos en línea en español. Comillas angulares (« »)
//! en toda la tabla, las que la Ortografía de la RAE y la ASALE recomienda en primer lugar.

use super::*;

/// "1 voto", "12 votos".
fn votes(n: usize) -> String {
    if n == 1 { "1 voto".into() } else { format!("{n} votos") }
}

pub static COMMON: CommonText = CommonText {
    scenario_of: Template("Caso {0} de {1}"),
    // Con espacio (fino e irrompible) antes del signo, como recomiendan la RAE y la norma ISO.
    percent: Template("{0}\u{a0}%"),
    role: "Rol",
    team: "Equipo responsable",
    both_right: "Las dos bien",
    view_chart: "Ver la tabla",
    embed: "Insertar este cuestionario",
    close: "Cerrar",
    how_many: "¿Cuántos casos?",
    how_many_cards: "¿Cuántas tarjetas?",
    all: |n| format!("Los {n}"),
};

pub static START: StartText = StartText {
    steps: [
        "Lee una situación breve.",
        "Elige quién se encarga y luego qué equipo es el responsable.",
        "Mira la fila de la tabla que lo decide, con una explicación para cada opción.",
    ],
    start: "Empezar",
    review: |n| format!("Repasar mis errores ({n})"),
    present: "Presentar en clase",
    mastery: "Tu dominio por fila de la tabla",
    reset: "Borrar mi progreso…",
    confirm_reset: "Confirmar el borrado",
    erase_question: "¿Borrar de este navegador tu progreso en este cuestionario?",
    erase: "Borrar mi progreso",
    keep: "Conservarlo",
    policy: "¿Cómo quieres la corrección?",
    practice: ("Práctica", "la respuesta y la tabla después de cada caso"),
    test: ("Examen", "todas las respuestas al final, con tu puntuación"),
    self_check: ("Autoevaluación", "compara con la tabla después de cada caso, sin puntuación"),
};

pub static PROGRESS: ProgressText = ProgressText {
    meter: "Progreso",
    answered: Template("{0} de {1} respondidos"),
    heading: "Lleva tu progreso a otro navegador",
    save: "Guardar mi progreso en un archivo",
    load: "Cargar el progreso desde un archivo",
    loaded: |n| match n {
        1 => "Progreso cargado: 1 caso respondido antes.".into(),
        n => format!("Progreso cargado: {n} casos respondidos antes."),
    },
    not_progress: "Ese archivo no es un progreso de RoleCall o está dañado.",
    other_quiz: Template("Ese archivo guarda el progreso de otro cuestionario ({0})."),
    too_large: "El archivo es demasiado grande para ser un progreso de RoleCall.",
    unreadable: "No se pudo leer el archivo.",
    not_text: "No se pudo leer el archivo como texto.",
};

pub static CARD: CardText =
    CardText { check: "Comprobar", choose_first: "Elige primero un rol y un equipo." };

pub static DRILL: DrillText = DrillText {
    legend: "Qué practicar",
    kinds: [
        "Quién se encarga (los casos del cuadro)",
        "Ordena las tareas",
        "¿Con la marca o entre sí?",
        "Reconoce el rasgo",
        "Nombra la estructura",
    ],
    sort_keys: [
        ("Espacio", "ordenar las tareas: tomar una tarea o soltarla"),
        ("← → ↑ ↓", "mover la tarea tomada de una columna a otra"),
        ("Escape", "devolver la tarea tomada a su sitio"),
    ],
    more: "Más formas de practicar",
    more_lead: "Cada una abre la página de práctica con ese tipo elegido. Tu progreso va contigo.",
    mixed: "Todo, mezclado con los casos",
    card_of: Template("Tarjeta {0} de {1}"),
    choose_first: "Elige primero una respuesta.",
    how_to_sort: "Pon cada tarea bajo el rol al que pertenece: toca o haz clic en una tarea y luego en una columna, \
        o arrástrala. Con el teclado: Espacio toma una tarea, las flechas la mueven, Espacio la suelta y Escape la devuelve.",
    not_placed: "Sin colocar",
    put_here: Template("Ponla en: {0}"),
    placed: Template("{0} de {1} colocadas"),
    picked_up: Template("Has tomado {0}. Las flechas la mueven, Espacio la suelta, Escape la devuelve."),
    over: Template("{0}, sobre {1}."),
    dropped: Template("{0} queda en: {1}."),
    put_back: Template("{0} vuelve a su sitio."),
    right_of: Template("{0} de {1} correctas"),
    is_right: "Correcto",
    is_wrong: "Esta vez no",
    answer_is: Template("La respuesta: {0}"),
    from_list: Template("Lista de origen: {0}"),
    source: Template("Fuente: {0}"),
    hard: "Las fuentes lo consideran un caso difícil.",
    by_kind: "Por tipo de práctica",
    next: "Siguiente tarjeta",
};

pub static FEEDBACK: FeedbackText = FeedbackText {
    role_only: "Rol correcto, equipo incorrecto",
    team_only: "Equipo correcto, rol incorrecto",
    neither: "Esta vez no",
    points: Template("{0} de 2 puntos"),
    right: "correcto",
    not_right: "incorrecto",
    you_chose: Template("Elegiste {0}."),
    chart_says: Template("La tabla dice {0}."),
    source: Template("Situación tomada de {0}"),
    row_marked: Template("Lo decide la fila marcada, «{0}»: {1} — responsable: {2}."),
    whole_chart: "Ver la tabla completa",
    next: "Siguiente caso",
    see_results: "Ver mis resultados",
    saved: Template("Respuesta guardada. Caso {0} de {1}."),
    compare: "Compara con la tabla",
    chart_same: "La tabla indica lo mismo.",
    chart_names: Template("La tabla indica {0}."),
    shown_below: "La respuesta de la tabla aparece abajo.",
    deciding_row: "La fila de la tabla que lo decide",
    why_not: Template("¿Por qué no {0}?"),
};

pub static RESULTS: ResultsText = ResultsText {
    heading: "Tus resultados",
    score: |n, total| match n {
        1 => format!("1 punto de {total}"),
        n => format!("{n} puntos de {total}"),
    },
    finished: Template("Terminado. Obtuviste un {0}."),
    finished_unscored: "Terminado.",
    compare: "Tus respuestas junto a las de la tabla",
    compare_lead: "Autoevaluación: sin puntuación, solo tus elecciones y las de la tabla, caso por caso.",
    compare_line: Template("Tú: {0}, {1}. La tabla: {2}, {3}."),
    of: Template("{0} de {1}"),
    by_row: "Por fila de la tabla",
    by_row_label: "Resultados por fila de la tabla",
    role_right: "Rol acertado",
    team_right: "Equipo acertado",
    by_scenario: "Caso por caso",
    role_ok: "rol correcto",
    role_wrong: "rol incorrecto",
    team_ok: "equipo correcto",
    team_wrong: "equipo incorrecto",
    retry: "Intentar de nuevo",
    restart: "Volver al inicio",
    show_answers: "Ver cada respuesta",
};

pub static CHART: ChartText = ChartText {
    heading: "La tabla",
    lead: "Todas las respuestas de este cuestionario salen de esta tabla. Cuando el responsable depende del \
           canal, el caso dice dónde ocurre.",
    back: "Volver al cuestionario",
    source: Template("Tabla: {0}"),
    marker: "Este caso ▸ ",
    original: "Redacción original",
};

pub static KEYS: KeysText = KeysText {
    heading: "Atajos de teclado",
    choose_role: "elegir el rol",
    choose_team: "elegir el equipo responsable",
    enter: "Intro",
    check: "comprobar la respuesta y seguir",
    arrows: "moverse entre las opciones de una pregunta",
    show_list: "mostrar esta lista",
    presenter_heading: "Teclado",
    presenter: [
        ("→ o Espacio", "Paso siguiente: caso → votar el rol → votar el equipo → respuesta → caso siguiente"),
        ("←", "Paso atrás (los votos se conservan)"),
        ("A, B, C, D…", "Un voto más para esa opción de la pregunta que se está contando"),
        ("Mayús + letra", "Un voto menos para esa opción"),
        ("1 / 2", "Contar la pregunta del rol / la del equipo"),
        ("R", "Mostrar la respuesta ya"),
        ("V", "Votar otra vez: una segunda ronda tras el debate"),
        ("T", "Iniciar o parar el temporizador"),
        ("H", "Ocultar o mostrar los votos"),
        ("F", "Activar o desactivar la pantalla completa"),
        ("?", "Esta ayuda"),
        ("Tab y escribe", "Escribe un recuento en el campo de una opción; Intro vuelve a las teclas"),
    ],
    presenter_note: "Las letras después de la E que también son órdenes (F, H) se cuentan con los botones.",
};

pub static PRESENTER: PresenterText = PresenterText {
    eyebrow: "Presentar en clase",
    lead: "Una tarjeta cada vez: la sala vota a mano alzada y tú cuentas las manos con el teclado. Pulsa → o \
           Espacio para empezar, y ? para ver todas las teclas.",
    timer: "Temporizador, en segundos (apagado hasta que pulses T)",
    start: "Empezar la clase",
    back_to_study: "Volver al estudio individual",
    round: Template("ronda {0}"),
    second_round: "ronda 2 (tras el debate)",
    counting: "contando",
    options_for: Template("Opciones de «{0}»"),
    count_this: "Contar esta pregunta",
    votes_hidden: "Votos ocultos para la sala (H los muestra).",
    toolbar: "Controles del presentador",
    back: "Atrás",
    vote: "Votar",
    team_question: "Pregunta del equipo",
    round_two: "Ronda 2",
    answer: "Respuesta",
    summary: "Resumen",
    next: "Siguiente",
    reveal: "Revelar",
    vote_again: "Votar otra vez",
    countdown: "Temporizador",
    hide_votes: "Ocultar votos",
    fullscreen: "Pantalla completa",
    keys: "Teclas",
    times_up: "Se acabó el tiempo",
    time_left: "Tiempo restante: ",
    live: Template("{0}: {1}"),
    live_scenario: "el caso",
    live_role: Template("ronda {0}, contando la pregunta del rol"),
    live_team: Template("ronda {0}, contando la pregunta del equipo"),
    live_answer: "la respuesta",
    qr: "Código QR: este cuestionario para practicar por tu cuenta",
    practise: "Practica después de clase",
    scan: "Escanea el código o abre:",
};

pub static REVEAL: RevealText = RevealText {
    round: Template("Ronda {0}"),
    votes_on: Template("Votos sobre «{0}», ronda {1}"),
    chart_row: "Fila de la tabla: ",
    accountable: Template(" — responsable: {0}"),
    others: "Por qué no las demás",
    right_answer: " respuesta correcta",
    votes,
    fewer: Template("Un voto menos para {0}"),
    count: Template("Votos para {0}"),
    more: Template("Un voto más para {0}"),
    by_phone: |n| format!("{n} por móvil"),
};

pub static CLASS: ClassText = ClassText {
    heading: "Resumen de la clase",
    table: "Votos por caso y ronda",
    scenario: "Caso",
    round: "Ronda",
    role_votes: "Votos del rol",
    team_votes: "Votos del equipo",
    no_vote: "sin votación",
    share: Template("{0} de aciertos ({1} de {2})"),
    download: "Descargar CSV",
    back: "Volver a la última respuesta",
    new_class: "Nueva clase",
};

pub static EMBED: EmbedText = EmbedText {
    lead: "Copia uno de estos códigos en tu entrada de blog o en la página de tu curso. Cada uno conserva \
           las opciones que tiene ahora este cuestionario.",
    copy: "Copiar",
    copy_label: Template("Copiar: {0}"),
    copied: "Copiado.",
    script_title: "Script de inserción y un marcador",
    script_help: "Pega las dos líneas donde deba aparecer el cuestionario. El marco crece y se encoge con el \
                  cuestionario, y la página recibe los eventos rolecall:answered y rolecall:completed. Pon la \
                  línea del script una sola vez por página.",
    iframe_title: "Iframe simple",
    iframe_help: "Funciona donde no se permiten scripts, con una altura fija y su propia barra de \
                  desplazamiento.",
    wordpress_title: "Dirección para WordPress",
    wordpress_help: "Pégala sola, en su propia línea de una entrada. WordPress muestra el cuestionario con las \
                     opciones con las que se publicó este sitio; usa uno de los códigos de arriba para elegirlas \
                     en cada entrada.",
    frame_title: Template("Cuestionario: {0}"),
    take_quiz: Template("Haz el cuestionario: {0}"),
    no_clipboard: "Este navegador no deja copiar a la página: el texto está seleccionado, pulsa Ctrl+C (⌘C en \
                   un Mac) para copiarlo.",
    copy_refused: "No se permitió copiar: el texto está seleccionado, pulsa Ctrl+C (⌘C en un Mac) para \
                   copiarlo.",
    back: "Volver al cuestionario",
};

pub static STORAGE: StorageText = StorageText {
    blocked: "Este navegador no deja que la página guarde nada, así que el progreso dura hasta que la cierres.",
    full: "El almacenamiento del navegador está lleno, así que el progreso nuevo dura hasta que cierres la \
           página.",
    set_aside: "No se pudo leer el progreso guardado de este cuestionario: se guardó aparte, sin borrarlo, y \
                empiezas de cero.",
};

pub static LAUNCH: LaunchText = LaunchText {
    ignored: Template("Se ignoró `{0}`: {1}"),
    count: Template("debe ser un número entero del 1 al {0}"),
    whole_number: "debe ser un número entero",
    start: "usa `start=1` o `start=0`",
    mode: "usa `mode=study`, `mode=present`, `mode=embed` o `mode=edit`",
    theme: "usa `theme=light`, `theme=dark` o `theme=auto`",
    lang: "RoleCall está en inglés (`lang=en`) y en español (`lang=es`)",
    feedback: "usa `feedback=practice`, `feedback=test` o `feedback=self-check`",
    pass: "debe ser un porcentaje entero del 0 al 100",
    quiz_in_link: "el enlace lleva su propio cuestionario (tras «#quiz=»)",
};

pub static FRAME: FrameText = FrameText {
    language: "Idioma",
    crashed: "Lo sentimos: RoleCall encontró un error inesperado y se detuvo. Volver a cargar la página \
              suele ayudar.",
};

pub static APP: AppText = AppText {
    loading: "Cargando el cuestionario…",
    file_problems: |n| match n {
        1 => "Este archivo de cuestionario tiene un problema".into(),
        n => format!("Este archivo de cuestionario tiene {n} problemas"),
    },
    file_problems_hint: "Corrige el archivo y vuelve a cargar la página. El verificador de línea de \
                         comandos (rolecall-check) informa de los mismos problemas.",
    unreachable: "No se pudo cargar el cuestionario",
    unreachable_hint: "Revisa la dirección de la opción quiz= y que el servidor permita a esta página \
                       leerla.",
    ignored_options: "Opciones ignoradas",
    edition: ["Edición del cuestionario: inglés", "Edición del cuestionario: español"],
    edition_damaged: "El archivo del cuestionario de este sitio está dañado o es de otra versión de RoleCall.",
    edition_hint: "Vuelve a cargar la página. Si vuelve a pasar, avisa a quien administra este sitio.",
    open_editor: "Escribe tu propio cuestionario",
};

pub static LOAD: LoadText = LoadText {
    offline: "Estás sin conexión, así que no se pudo descargar el archivo del cuestionario. Conéctate y \
              vuelve a cargar la página.",
    no_answer: "El servidor no respondió: puede que la dirección esté mal o que el servidor no esté \
                disponible.",
    cross_origin: Template(
        "{0} no respondió: puede que la dirección esté mal, que el sitio no esté disponible o que no permita \
         a otros sitios leer sus archivos (CORS: debe enviar la cabecera Access-Control-Allow-Origin).",
    ),
    not_found: "El servidor no tiene ningún archivo en esta dirección (404 Not Found).",
    refused: Template("El servidor se negó a compartir este archivo ({0})."),
    status: Template("El servidor respondió con un error ({0})."),
    too_large: Template("El archivo ocupa {0} KiB, más de lo que puede ocupar un cuestionario ({1} KiB)."),
    unreadable: "No se pudo leer el archivo como texto.",
    unreadable_file: "No se pudo abrir el archivo",
    not_a_quiz: "Esto no es un cuestionario de RoleCall",
    empty: "El archivo está vacío.",
    html: "Esto es una página web, no un archivo de cuestionario. Si la dirección es una página para \
           compartir (Google Drive, Dropbox, un LMS), usa la dirección de descarga directa del archivo.",
    json: "Esto son datos JSON, no un cuestionario. Los cuestionarios de RoleCall son archivos de texto TOML.",
    binary: "Esto no es un archivo de texto (¿una imagen, un PDF o un documento?). Los cuestionarios de \
             RoleCall son archivos de texto TOML.",
    progress: "Este es un archivo de progreso de RoleCall. Cárgalo en la pantalla de inicio, en la sección \
               para llevar tu progreso a otro navegador.",
    not_a_quiz_hint: "Un cuestionario de RoleCall es un archivo de texto en formato TOML, descrito en la \
                      referencia del formato (docs/quiz-format.md).",
    share_file: "enlace compartido",
    share_failed: "No se puede abrir este enlace compartido",
    share_not_a_link: "La dirección lleva «#quiz=», pero lo que sigue no es un cuestionario de RoleCall.",
    share_newer: Template(
        "El enlace lo creó una versión más reciente de RoleCall (formato {0}). Ábrelo con el RoleCall del que \
         procede o pide el archivo del cuestionario.",
    ),
    share_bad_character: Template(
        "El enlace está dañado: el carácter {0} («{1}») no puede aparecer en un enlace compartido. Vuelve a \
         copiar el enlace completo.",
    ),
    share_truncated: "El enlace está cortado: se perdió una parte al copiarlo o enviarlo.",
    share_corrupt: "El enlace está dañado: sus datos no cuadran.",
    share_not_text: "Los datos del enlace no son texto.",
    share_hint: "Vuelve a copiar el enlace completo (los enlaces compartidos son largos: comprueba que no se \
                 haya cortado) o pide el archivo del cuestionario a quien lo compartió.",
    shared_problems_hint: "El cuestionario de este enlace tiene problemas: pide a quien lo compartió que lo \
                           corrija y vuelva a compartirlo.",
    picked_problems_hint: "Corrige el archivo y vuelve a abrirlo. El verificador de línea de comandos \
                           (rolecall-check) informa de los mismos problemas.",
    own_quiz: "Usa tu propio cuestionario",
    own_quiz_help: "Abre un archivo de cuestionario (.toml) de tu equipo o suéltalo en cualquier parte de esta \
                    página. Solo se usa durante esta visita y nunca sale de tu navegador.",
    open_file: "Abrir un archivo de cuestionario…",
    drop_hint: "Suelta el archivo para abrir el cuestionario",
    opened: Template("Se abrió «{0}» desde {1}."),
    showing: Template("Estás usando «{0}», de {1}, solo durante esta visita."),
    back_to_built_in: "Volver al cuestionario incluido",
    pass_on_failed: "Este navegador no deja que la página pase el archivo al reproductor de cuestionarios. \
                     Abre play.html en este sitio y elige el archivo allí.",
    share_unsupported: "Este navegador es demasiado antiguo para abrir el cuestionario de este enlace. Abre el \
                        enlace en un navegador actualizado (Chrome, Edge, Firefox o Safari 16.4 o posterior).",
};

pub static READER: ReaderText = ReaderText {
    no_reader: "Esta página no pudo cargar la parte de RoleCall que lee los archivos de cuestionario: puede que \
                se haya cortado la conexión o que falte un archivo en este sitio.",
};

pub static EDITOR: EditorText = EditorText {
    heading: "Escribe un cuestionario",
    intro: "Escribe el cuestionario como texto y la vista previa lo muestra como lo verán tus alumnos. Tu \
            borrador se queda en este navegador: cerrar la página no lo pierde.",
    back: "Volver al cuestionario",
    source: "Texto del cuestionario",
    source_hint: "En el formato de los cuestionarios: líneas clave = \"valor\" bajo [encabezados]. Empieza \
                  por la plantilla para ver todas las partes. Tab sale del texto.",
    marked_lines: |lines| match lines {
        [rest @ .., last] if !rest.is_empty() => {
            format!("Problemas en las líneas {} y {last}.", super::numbers(rest))
        }
        lines => format!("Un problema en la línea {}.", super::numbers(lines)),
    },
    problems: |n| match n {
        1 => "1 problema".into(),
        n => format!("{n} problemas"),
    },
    none: "Ningún problema",
    problems_hint: "Elige un problema para llevar el cursor a donde está.",
    no_problems: "El cuestionario se carga: la vista previa muestra este mismo texto.",
    at: Template("Línea {0}, columna {1}"),
    preview: "Vista previa",
    preview_stale: "El texto tiene problemas, así que la vista previa muestra su última versión sin ninguno.",
    preview_none: "Todavía no hay nada que mostrar: corrige los problemas y el cuestionario aparecerá aquí.",
    template: "Empezar por la plantilla",
    revert: "Volver al cuestionario cargado",
    download: "Descargar .toml",
    confirm_template: "¿Reemplazar tu texto por la plantilla? Perderás tus cambios.",
    confirm_revert: "¿Volver al cuestionario tal como se cargó? Perderás tus cambios.",
    replace: "Reemplazar mi texto",
    keep: "Conservar mi texto",
    restored: "Se recuperó el borrador de tu última visita.",
    not_kept: "Este navegador no guarda tu borrador: descárgalo antes de cerrar la página.",
    share: "Compartir",
    share_hint: "El cuestionario entero viaja dentro del enlace, así que no hace falta un servidor: quien lo \
                 abra hará exactamente esta versión.",
    share_none: "Aquí aparecerá un enlace cuando el texto se cargue sin problemas.",
    share_stale: "El texto tiene problemas, así que el enlace lleva su última versión sin ninguno.",
    share_for: "El enlace abre el cuestionario para",
    share_modes: ["Estudiar por tu cuenta", "Presentarlo a una clase", "Insertarlo en otra página"],
    share_link: "Enlace para compartir",
    copy: "Copiar el enlace",
    copied: "Enlace copiado.",
    share_length: |n| match n {
        1 => "1 carácter".into(),
        n if n < 10_000 => format!("{n} caracteres"),
        n => format!("{} caracteres", super::grouped(n, "\u{a0}")),
    },
    share_fine: "Lo bastante corto para cualquier sitio: apps de chat, correo y campos de enlace de una \
                 plataforma educativa.",
    share_long: "Largo: funciona en el navegador, el correo y la mayoría de las apps de chat, pero los campos \
                 de enlace de las plataformas educativas, Discord y herramientas antiguas pueden cortarlo. Un \
                 cuestionario más corto da un enlace más corto; también puedes compartir el archivo .toml.",
    share_too_long: "Demasiado largo para compartirlo como enlace: los navegadores y las apps de chat lo \
                     cortan. Descarga el .toml y comparte el archivo, o súbelo a un servidor web y enlázalo \
                     con quiz=.",
};

pub static PHONE: PhoneText = PhoneText {
    title: "Vota desde tu móvil",
    lead: "Únete a la clase del proyector: tu voto es anónimo y puedes cambiarlo hasta que se muestre la respuesta.",
    code_label: "Código de la sala",
    code_hint: "Las seis letras y cifras del proyector",
    join: "Entrar",
    bad_code: "Eso no es un código de sala: tiene seis letras y cifras, como en el proyector.",
    room: Template("Sala {0}"),
    joining: "Entrando en la sala…",
    waiting_heading: "Ya estás dentro",
    waiting: "La pregunta aparecerá aquí cuando la haga quien presenta.",
    options: "Tu respuesta",
    your_vote: Template("Tu voto: {0}"),
    no_vote: "Aún no has votado en esta pregunta.",
    can_change: "Puedes cambiar tu voto hasta que se muestre la respuesta.",
    round_two: "Segunda ronda: vuelve a votar",
    answer_heading: "La respuesta",
    right: Template("{0} — respuesta correcta: {1}"),
    you_were_right: "Tu voto era el correcto.",
    you_were_wrong: "Tu voto no era el correcto.",
    why: "Por qué",
    lost: "Se ha perdido la conexión. Reconectando…",
    back: "Conectado de nuevo.",
    closed: "Quien presenta ha terminado la clase. ¡Gracias por participar!",
    expired: "Esta sala ha caducado: pasó demasiado tiempo sin actividad. Pide el código nuevo.",
    replaced: "Esta sala está abierta en otra pestaña de este navegador: sigue allí.",
    unknown_room: "Ninguna sala tiene este código. Compruébalo en el proyector y vuelve a intentarlo.",
    room_full: "La sala está llena: no caben más móviles. Vota a mano alzada.",
    relay_full: "El servidor no tiene espacio para otra sala. Vota a mano alzada.",
    version: "Esta página es de otra versión de RoleCall que el servidor: vuelve a cargarla.",
    other_room: "Entrar con otro código",
    no_relay: "Desde aquí esta página no puede llegar a ningún servidor.",
};

pub static CLASS_PHONES: ClassPhonesText = ClassPhonesText {
    open_room: "Que el alumnado responda desde el móvil",
    opening: "Abriendo una sala para los móviles…",
    lobby_lead: "Una tarjeta cada vez: la sala vota desde el móvil, y con el teclado sumas las manos de quien no \
                 tenga uno. Pulsa → o Espacio para empezar, y ? para ver todas las teclas.",
    scan: "Escanea el código o abre el enlace en un móvil y vota allí.",
    qr: "Código QR: vota desde tu móvil",
    code: Template("Código de la sala: {0}"),
    connected: |n| if n == 1 { "1 móvil conectado".into() } else { format!("{n} móviles conectados") },
    voted: |n| if n == 1 { "1 voto por móvil".into() } else { format!("{n} votos por móvil") },
    relay_lost: "Móviles: se ha perdido la conexión con el servidor, reconectando. Mientras, cuenta las manos.",
    relay_refused: "El servidor ha rechazado la sala: cuenta las manos.",
};

pub static CLASS_PRACTICE: ClassPracticeText = ClassPracticeText {
    card_of: Template("Tarjeta {0} de {1}"),
    live_item: "la tarjeta",
    live_vote: Template("ronda {0}, contando los votos"),
    hard: "Un caso difícil: las fuentes lo llaman difícil o no coinciden",
    from_list: Template("De {0}"),
    source: Template("Fuente: {0}"),
    keys_note: "Una tarjeta de práctica hace una sola pregunta: → pasa de su votación directamente a la respuesta, y 2 no hace nada.",
    kind_share: Template("Todos los votos: {0}"),
    card: "Tarjeta",
    votes: "Votos",
    right: "Aciertos",
};
