# Redacción de contenidos: campos Markdown, traducciones en paralelo, cambios.

markdown-hint = Formato Markdown: consulta «Ayuda de formato» debajo del campo.
markdown-help = Ayuda de formato
markdown-help-heading = al principio de una línea: un subtítulo
markdown-help-bold = negrita
markdown-help-italic = cursiva
markdown-help-list = al principio de una línea: un elemento de lista
markdown-help-link = un enlace
markdown-preview = Vista previa
form-preview = Vista previa

translation-state-original = Original
translation-state-missing = Falta
translation-state-current = Al día
translation-state-out-of-date = Desactualizada
translations-heading = Traducciones
translations-intro = Los lectores ven el texto en su idioma si existe; si no, el original con un aviso. Una traducción está desactualizada cuando el original cambió después de guardarla por última vez.
translations-col-language = Idioma
translations-col-state = Estado
translations-col-action = Acción
translation-add = Traducir
translation-edit = Editar la traducción
translation-page-title = { $title } en { $language }
translation-intro = Cada campo del original ({ $original }) aparece junto al campo que se redacta en { $language }.
translation-save = Guardar la traducción
translation-back = Volver al contenido

content-field-title = Título
content-field-description-md = Descripción
content-field-how-to-apply = Cómo postularse
content-field-kind = Tipo
content-field-work-mode = Modalidad
content-field-contract = Contrato
content-field-country = País
content-field-city = Ciudad
content-field-valid-until = Abierta hasta
content-field-starts-on = Empieza el
content-field-apply-url = Dirección web para postularse
content-field-apply-email = Correo electrónico para postularse

changes-none = No ha cambiado nada.
changes-empty = (vacío)
changes-field = Campo
changes-before = Antes
changes-after = Después
history-changed = Cambiado:
content-field-summary = Resumen
content-field-body-md = Texto
content-field-licence = Licencia
content-field-external-url = Enlace
content-field-languages = Idiomas del recurso
content-field-audiences = Pensado para
content-field-competences = Competencias DigComp
content-field-file = Archivo
fallback-propose = Proponer una traducción al { $requested }.
translation-proposal-note = Tu traducción va a los moderadores; una vez aprobada, se publica y tu nombre figura en el historial del contenido.
translation-proposed = Gracias: tu traducción se ha enviado a los moderadores. La página la mostrará cuando la aprueben.
