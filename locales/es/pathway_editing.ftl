## Writing a pathway in the partner space

partner-new-pathway = Nuevo itinerario
partner-pathway-new = Nuevo itinerario
partner-pathway-edit = Itinerario: { $title }
partner-pathway-goal-hint = Una o dos frases: qué sabrá hacer al final la persona que aprende, con palabras sencillas.
partner-pathway-competences-hint = Las competencias DigComp que desarrolla este itinerario, cada una con el nivel que alcanza quien lo sigue (de 1 a 8). Aparecen en su insignia.
partner-pathway-competence-none = — ninguna —
partner-pathway-competence-n = Competencia { $n }
partner-pathway-target-level-n = Nivel alcanzado ({ $n })
partner-pathway-level-n = Nivel { $level }
partner-pathway-competence-at = { $code } en el nivel { $level }
partner-pathway-steps = Pasos
partner-pathway-steps-hint = Las personas que aprenden siguen los pasos en este orden. Mueve un paso con sus botones, o escribe las nuevas posiciones y guarda el orden.
partner-pathway-no-steps-yet = Todavía no hay pasos: añade el primero más abajo.
partner-pathway-no-steps = Guardado. Un itinerario necesita al menos un paso para poder enviarse a revisión.
partner-pathway-steps-not-ready = { $count ->
    [one] Guardado. El paso { $steps } aún no está terminado: termínalo antes de enviar el itinerario a revisión.
   *[other] Guardado. Los pasos { $steps } aún no están terminados: termínalos antes de enviar el itinerario a revisión.
}
partner-notice-pathway-created = Itinerario creado como borrador. Ahora añade sus pasos.
partner-step-col-position = Posición
partner-step-col-step = Paso
partner-step-col-actions = Acciones
partner-step-position-label = Posición del paso { $n }
partner-step-untitled = Paso sin título
partner-step-minutes = { $minutes } min
partner-step-ready = Listo
partner-step-unfinished = Por terminar
partner-step-up = Subir
partner-step-down = Bajar
partner-step-remove = Eliminar
partner-step-up-label = Subir: mover el paso { $n } un puesto hacia arriba
partner-step-down-label = Bajar: mover el paso { $n } un puesto hacia abajo
partner-step-remove-label = Eliminar el paso { $n }
partner-step-reorder = Guardar el orden
partner-step-add-title = Añadir un paso
partner-step-add = Añadir el paso
partner-step-required = Obligatorio
partner-step-optional = Opcional
partner-notice-step-added = Paso añadido. Ahora escribe su contenido.
partner-notice-steps-saved = El orden de los pasos se ha guardado.
partner-notice-step-removed = Paso eliminado.
partner-notice-step-saved = Paso guardado.

## One step
partner-step-edit = Paso { $n } de { $total }: { $title }
partner-step-back = Volver al itinerario «{ $title }»
partner-step-kind-hint = Leer una lección, ver un vídeo (con su transcripción), practicar con una lista de comprobación, responder un cuestionario o seguir un curso externo.
partner-step-url-hint = La dirección del vídeo o del curso externo (https://…). Opcional en los demás pasos.
partner-step-introduction = Introducción
partner-step-checklist-hint = Un elemento por línea: lo que la persona que aprende marca como hecho.
partner-step-pass-mark-hint = El porcentaje de respuestas correctas necesario para aprobar (de 1 a 100).
partner-step-questions = Preguntas
partner-step-questions-hint = Cada pregunta necesita al menos dos opciones y exactamente una respuesta correcta. Deja una opción vacía para no incluirla.
partner-step-explanation-hint = Se muestra después de responder: por qué la respuesta correcta es la correcta.
partner-question-add = Añadir una pregunta
partner-question-remove = Quitar esta pregunta al guardar
partner-step-save = Guardar el paso

## Problems
partner-error-minutes = Escribe una duración entre 1 y { $max } minutos.
partner-error-pass-mark = Escribe una nota mínima entre 1 y 100.
partner-error-no-questions = Un cuestionario necesita al menos una pregunta: añade una.
partner-error-two-choices = Escribe al menos dos opciones.
partner-error-no-right-answer = Elige la respuesta correcta entre las opciones escritas.
partner-error-steps-full = Un itinerario tiene como máximo { $max } pasos.
partner-error-step-past-end = Solo hay { $max } pasos: escribe una posición del 1 al { $max }.
partner-error-position = Escribe la posición con un número.

## Parts of a pathway, in forms, changes and history
content-field-goal = Objetivo
content-field-step-n = Paso { $n }
content-field-question-n = Pregunta { $n }
content-field-choice-n = Opción { $n }
content-field-content-md = Lección
content-field-transcript-md = Transcripción
content-field-checklist = Lista de comprobación
content-field-bring-back-md = Qué traer al volver
content-field-minutes = Duración en minutos
content-field-required = Obligatorio u opcional
content-field-url = Dirección web
content-field-pass-mark = Nota mínima (%)
content-field-prompt = Pregunta
content-field-explanation = Explicación
content-field-label = Texto
content-field-correct = Respuesta correcta

## Proposing a job profile
partner-jobs-link = Perfiles profesionales
partner-jobs-title = Proponer un perfil profesional
partner-jobs-back = Volver al espacio de socios
partner-jobs-intro = Los perfiles profesionales pertenecen a todo el portal. Propón uno nuevo, o un cambio en uno de los que aparecen abajo: los moderadores revisan tu propuesta, y tu nombre figura en el historial del perfil.
partner-jobs-new = Proponer un nuevo perfil profesional
partner-jobs-change = Proponer un cambio en un perfil profesional
partner-job-new = Nuevo perfil profesional
partner-job-edit = Perfil profesional: { $title }
partner-job-review-note = Lo que envíes aquí espera la revisión de los moderadores antes de que nadie lo vea.
partner-job-summary-hint = Dos o tres frases, con palabras sencillas: qué hace la persona y para quién.
partner-job-lines-hint = Un elemento por línea.
partner-job-competences-hint = Las competencias DigComp que requiere el trabajo, cada una con el nivel necesario (de 1 a 8).
partner-job-level-n = Nivel necesario ({ $n })
partner-job-send = Enviar la propuesta
partner-notice-job-proposed = Gracias: tu propuesta está en manos de los moderadores. Recibirás un correo electrónico cuando decidan.
content-field-missions = Funciones
content-field-employers = Empleadores habituales
content-field-routes = Cómo acceder a este trabajo
content-field-employer-kinds = Tipos de empleador
content-field-choice-feedback-n = Por qué la opción { $n } no es correcta
content-field-feedback = Comentario
partner-step-feedback-hint = Para una respuesta incorrecta: por qué no es la mejor, sin desvelar la correcta. Se muestra a quien la elige; las respuestas correctas y las explicaciones llegan al aprobar el cuestionario.
