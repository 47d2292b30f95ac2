//! La tabla en español. Tuteo, como la mayoría de los cursos en línea en español.

use super::{AppText, LoadText, Text};

pub static TEXT: Text = Text {
    app: AppText {
        language: "Idioma",
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
        crashed: "Lo sentimos: RoleCall encontró un error inesperado y se detuvo. Volver a cargar la página \
                  suele ayudar.",
    },
    load: LoadText {
        offline: "Estás sin conexión, así que no se pudo descargar el archivo del cuestionario. Conéctate y \
                  vuelve a cargar la página.",
        no_answer: "El servidor no respondió: puede que la dirección esté mal o que el servidor no esté \
                    disponible.",
        cross_origin: |origin| {
            format!(
                "{origin} no respondió: puede que la dirección esté mal, que el sitio no esté disponible o que no \
                 permita a otros sitios leer sus archivos (CORS: debe enviar la cabecera \
                 Access-Control-Allow-Origin)."
            )
        },
        not_found: "El servidor no tiene ningún archivo en esta dirección (404 Not Found).",
        refused: |code| format!("El servidor se negó a compartir este archivo ({code})."),
        status: |code| format!("El servidor respondió con un error ({code})."),
        too_large: |size, limit| {
            format!("El archivo ocupa {size} KiB, más de lo que puede ocupar un cuestionario ({limit} KiB).")
        },
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
        share_newer: |version| {
            format!(
                "El enlace lo creó una versión más reciente de RoleCall (formato {version}). Ábrelo con el \
                 RoleCall del que procede o pide el archivo del cuestionario."
            )
        },
        share_bad_character: |position, c| {
            format!(
                "El enlace está dañado: el carácter {position} («{c}») no puede aparecer en un enlace \
                 compartido. Vuelve a copiar el enlace completo."
            )
        },
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
        opened: |title, file| format!("Se abrió «{title}» desde {file}."),
        showing: |title, file| format!("Estás usando «{title}», de {file}, solo durante esta visita."),
        back_to_built_in: "Volver al cuestionario incluido",
    },
};
