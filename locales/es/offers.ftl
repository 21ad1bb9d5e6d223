offers-title = Empleo, prácticas, voluntariado y formación
offers-intro = Ofertas de organizaciones que ponen las competencias digitales al servicio del bien común, cerca de ti o en remoto.
offers-count = { $count ->
    [0] Ninguna oferta coincide
    [one] Una oferta
   *[other] { $count } ofertas
}
offers-empty = Todavía no hay ninguna oferta abierta que coincida con esta búsqueda.
offers-empty-tip-words = Prueba con menos palabras o con palabras más generales: «datos» en lugar de «analista de datos en Lyon».
offers-empty-tip-filters = Quita un filtro, por ejemplo la ciudad o la fecha, con los enlaces de arriba.
offers-empty-all = Ver todas las ofertas abiertas
offers-feed-title = Ofertas de Social Tech Academy
offers-feed-link = Seguir esta búsqueda con un lector de feeds (Atom)
offers-feed-summary = { $kind } en { $organisation }, { $place } ({ $mode })
offers-search-label = Buscar ofertas
offers-q-label = Palabras
offers-q-hint = Un puesto, una competencia, una organización o un lugar. No importan las tildes ni las mayúsculas.
offers-search-submit = Buscar
offers-filter-any = Cualquiera
offers-filter-q = Palabras
offers-filter-kind = Tipo de oferta
offers-filter-country = País
offers-filter-city = Lugar
offers-filter-place = Dónde
offers-place-remote = En remoto, desde cualquier lugar
offers-place-add = Añadir una ciudad
offers-place-hint = También encontrarás las ofertas de los municipios cercanos. Marca varios lugares para ver las de cualquiera de ellos, por ejemplo una ciudad y el trabajo en remoto.
offers-filter-radius = Distancia
offers-radius-km = { $km ->
    [0] Solo esta ciudad
   *[other] A { $km } km como máximo
}
offers-filter-mode = Modalidad de trabajo
offers-filter-lang = Idioma de la oferta
offers-filter-competence = Competencia DigComp
offers-filter-organisation = Organización
offers-filter-posted = Fecha de publicación
offers-filter-sort = Orden
offers-kind-job = Empleo
offers-kind-internship = Prácticas
offers-kind-volunteering = Voluntariado
offers-kind-training = Formación
offers-mode-on-site = Presencial
offers-mode-hybrid = Híbrido
offers-mode-remote = En remoto
offers-contract-permanent = Contrato indefinido
offers-contract-fixed-term = Contrato temporal
offers-contract-freelance = Trabajo autónomo
offers-contract-part-time = Jornada parcial
offers-contract-internship = Convenio de prácticas
offers-contract-volunteer = Voluntariado
offers-contract-course = Curso
offers-contract-other = Otro
offers-posted-7 = En los últimos 7 días
offers-posted-30 = En los últimos 30 días
offers-posted-90 = En los últimos 90 días
offers-sort-relevance = Más relevantes primero
offers-sort-newest = Más recientes primero
offers-sort-closing = Cierre más próximo
offers-posted = Publicada el { $date }
offers-closes = cierra el { $date }
offers-closed = Esta oferta está cerrada: la fecha límite ya ha pasado. Se mantiene aquí a título informativo.
offers-apply-title = Cómo presentar tu candidatura
offers-apply-link = Presentar la candidatura en el sitio web de la organización
offers-apply-email = O escribe a
offers-competences-title = Competencias digitales requeridas (DigComp 2.2)
offers-job-profile = El perfil profesional de esta oferta:
offers-fact-organisation = Organización
offers-fact-contract = Contrato
offers-fact-place = Lugar
offers-fact-posted = Fecha de publicación
offers-fact-closes = Fecha límite
offers-fact-starts = Fecha de inicio
offers-about-organisation = Sobre { $name }
offers-open-title = Ofertas abiertas
offers-save-button = Guardar esta oferta
offers-saved-button = Guardada — quitar de mi lista
offers-save-sign-in = Inicia sesión para guardar esta oferta
offers-save-search = Guardar esta búsqueda
offers-save-search-alert = Enviarme por correo electrónico las nuevas ofertas que coincidan, una vez al día
offers-save-search-sign-in = Inicia sesión para guardar esta búsqueda y recibir las nuevas ofertas por correo electrónico
offers-saved-title = Mis ofertas y búsquedas guardadas
offers-saved-offers = Ofertas guardadas
offers-saved-none = Todavía no has guardado ninguna oferta.
offers-remove-saved = Quitar «{ $title }»
offers-saved-searches = Búsquedas guardadas
offers-saved-searches-intro = Una búsqueda guardada con alerta por correo electrónico te envía, una vez al día, las nuevas ofertas que coinciden con ella.
offers-searches-none = Todavía no has guardado ninguna búsqueda. Busca ofertas y, a continuación, elige «Guardar esta búsqueda».
offers-search-everything = Todas las ofertas abiertas
offers-alert-is-on = correo diario activado
offers-alert-is-off = sin correo
offers-alert-turn-on = Enviarme un correo diario
offers-alert-turn-off = Dejar de recibir correos
offers-remove-search = Quitar esta búsqueda
offers-notice-saved = La oferta está en tus ofertas guardadas.
offers-notice-unsaved = La oferta ya no está en tus ofertas guardadas.
offers-notice-search-saved = Tu búsqueda se ha guardado. La encontrarás en «Mis ofertas y búsquedas guardadas».
offers-notice-search-saved-alert = Tu búsqueda se ha guardado. Te enviaremos por correo electrónico las nuevas ofertas que coincidan, una vez al día.
offers-notice-search-removed = Se ha quitado la búsqueda.
offers-notice-alert-on = Recibirás un correo diario para esta búsqueda.
offers-notice-alert-off = Ya no recibirás correos para esta búsqueda.
offers-notice-unsubscribed = Hecho: ya no recibirás correos para esta búsqueda. Puedes volver a activarlos desde tu cuenta.
offers-notice-unsubscribe-invalid = Este enlace para darte de baja ya no es válido. Puedes gestionar tus correos desde tu cuenta.
offers-alert-subject = { $count ->
    [one] Una nueva oferta para tu búsqueda
   *[other] { $count } nuevas ofertas para tu búsqueda
}
offers-alert-intro = { $count ->
    [one] Una nueva oferta coincide con tu búsqueda guardada:
   *[other] { $count } nuevas ofertas coinciden con tu búsqueda guardada:
}
offers-alert-all = Consúltalas todas en Social Tech Academy:
offers-alert-unsubscribe = Para dejar de recibir estos correos, abre este enlace y pulsa el botón (sin necesidad de iniciar sesión):

offers-notice-saved-after-sign-in = Has iniciado sesión y la oferta está en tus ofertas guardadas.
offers-notice-search-kept-alert = Tu búsqueda ya estaba guardada y tu correo diario sigue activo. Puedes detenerlo en «Mis ofertas y búsquedas guardadas».
offers-notice-search-saved-alert-unconfirmed = Tu búsqueda está guardada. El correo diario empezará en cuanto confirmes tu dirección de correo electrónico (te hemos enviado un enlace).
offers-notice-alert-on-unconfirmed = El correo diario de esta búsqueda empezará en cuanto confirmes tu dirección de correo electrónico.
offers-sign-in-to-save = Inicia sesión o crea una cuenta para guardar esta oferta. La guardaremos en cuanto hayas entrado.
offers-sign-in-to-save-search = Inicia sesión o crea una cuenta para guardar esta búsqueda. La guardaremos en cuanto hayas entrado.
offers-unsubscribe-title = Dejar de recibir los correos de esta búsqueda
offers-unsubscribe-intro = Vas a detener el correo diario con las nuevas ofertas de una de tus búsquedas guardadas. La búsqueda sigue guardada.
offers-unsubscribe-submit = Dejar de recibir estos correos
offers-unsubscribe-manage = Gestionar todas tus búsquedas guardadas

# Key facts of an offer (card and page top)
offers-facts-label = Lo esencial
offers-pay-range = { $min }–{ $max } brutos { $period ->
    [hour] por hora
    [month] al mes
   *[year] al año
}
offers-pay-one = { $amount } brutos { $period ->
    [hour] por hora
    [month] al mes
   *[year] al año
}
offers-hours = { $hours ->
    [one] { $hours } hora semanal
   *[other] { $hours } horas semanales
}

offers-period-hour = Hora
offers-period-month = Mes
offers-period-year = Año
offers-notice-see-saved = Ver tus ofertas guardadas
