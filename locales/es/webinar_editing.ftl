## The fields of a webinar, in moderators' diffs and histories
content-field-starts-time = Hora de inicio
content-field-time-zone = Zona horaria
content-field-duration-minutes = Duración (minutos)
content-field-capacity = Plazas
content-field-spoken-lang = Idioma hablado
content-field-join-url = Enlace para participar
content-field-replay-url = Enlace a la grabación
content-field-captions = Subtítulos en directo
content-field-sign-language = Interpretación en lengua de signos
content-field-job-profiles = Perfiles profesionales
content-field-speaker-n = Ponente { $n }
content-field-interview = Entrevista
content-field-organisation = Organización
content-field-registration-open = Inscripción abierta
