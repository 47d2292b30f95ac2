//! La tabla en español. Tuteo, como la mayoría de los cursos en línea en español.

use super::{AppText, Text};

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
};
