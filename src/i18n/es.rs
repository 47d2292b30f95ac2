//! La tabla en español. Tuteo, como la mayoría de los cursos en línea en español.

use super::{AppText, EditorText, Text, numbers as join};

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
    editor: EditorText {
        open: "Escribe tu propio cuestionario",
        heading: "Escribe un cuestionario",
        intro: "Escribe el cuestionario como texto y la vista previa lo muestra como lo verán tus alumnos. Tu \
                borrador se queda en este navegador: cerrar la página no lo pierde.",
        back: "Volver al cuestionario",
        source: "Texto del cuestionario",
        source_hint: "En el formato de los cuestionarios: líneas clave = \"valor\" bajo [encabezados]. Empieza \
                      por la plantilla para ver todas las partes. Tab sale del texto.",
        marked_lines: |lines| match lines {
            [] => String::new(),
            [one] => format!("Un problema en la línea {one}."),
            [rest @ .., last] => format!("Problemas en las líneas {} y {last}.", join(rest)),
        },
        problems: |n| match n {
            0 => "Ningún problema".into(),
            1 => "1 problema".into(),
            n => format!("{n} problemas"),
        },
        problems_hint: "Elige un problema para llevar el cursor a donde está.",
        no_problems: "El cuestionario se carga: la vista previa muestra este mismo texto.",
        at: |line, column| format!("Línea {line}, columna {column}"),
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
        restored: "Ha vuelto tu borrador de la última visita.",
        not_kept: "Este navegador no guarda tu borrador: descárgalo antes de cerrar la página.",
        share: "Compartir",
        share_hint: "El cuestionario entero viaja dentro del enlace, así que no hace falta un servidor: quien lo \
                     abra juega esta versión.",
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
    },
};
