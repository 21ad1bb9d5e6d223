# La biblioteca de recursos.

resources-title = Recursos
resources-intro = Guías, kits de herramientas, plantillas, listas de verificación y charlas grabadas de las organizaciones socias, de uso libre según la licencia de cada una.
resources-count = { $count ->
    [0] Ningún recurso
    [one] { $count } recurso
   *[other] { $count } recursos
}
resources-empty = Ningún recurso coincide con estas palabras y filtros.
resources-search = Palabras
resources-filter-kind = Tipo
resources-filter-kind-any = Todos los tipos
resources-filter-competence = Competencia
resources-filter-competence-any = Todas las competencias
resources-filter-lang = Disponible en
resources-filter-lang-any = Todos los idiomas
resources-filter-licence = Licencia
resources-filter-licence-any = Todas las licencias
resources-filter-organisation = Organización
resources-filter-organisation-any = Todas las organizaciones

resources-kind-guide = Guía
resources-kind-toolkit = Kit de herramientas
resources-kind-template = Plantilla
resources-kind-checklist = Lista de verificación
resources-kind-recorded-talk = Charla grabada
resources-licence-cc-by-sa-4-0 = CC BY-SA 4.0 (compartir igual)
resources-licence-cc-by-4-0 = CC BY 4.0 (reconocimiento)
resources-licence-cc-by-nc-sa-4-0 = CC BY-NC-SA 4.0 (no comercial, compartir igual)
resources-licence-cc0-1-0 = CC0 1.0 (dominio público)
resources-audience-learner = Personas que aprenden
resources-audience-job-seeker = Personas que buscan empleo
resources-audience-organisation = Organizaciones

resources-external-link = en la web de quien lo publica
resources-download = Descargar
resources-open-link = Abrir el recurso
resources-publisher = Publicado por
resources-competences = Competencias DigComp que trabaja
resources-licence-statement = Licencia: { $licence }. Puedes reutilizarlo y adaptarlo según sus condiciones, citando a quien lo publica.
resources-licence-read = Leer la licencia
resources-languages = Disponible en
resources-audiences = Pensado para
resources-published = Publicado el
resources-file-empty = El archivo está vacío.
resources-file-too-large = El archivo supera los 10 MB.
resources-file-format = Este archivo no es un documento PDF, ODT o DOCX ni una imagen PNG, JPEG, WebP o GIF (se ha comprobado su contenido, no su nombre).
resources-error-languages = Marca al menos un idioma.
resources-error-audiences = Marca al menos un público.
resources-error-competences = Marca como máximo cinco competencias.
resources-error-file-or-link = Guardado, pero no enviado a revisión: indica un enlace o envía antes un archivo, para que los lectores tengan algo que abrir.
