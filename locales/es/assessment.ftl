# La autoevaluación DigComp, el perfil de competencias, el recuadro de lo que falta y las sugerencias.

nav-assessment = Dónde estoy
home-assessment-text = Responde a unas preguntas sencillas sobre lo que sabes hacer con las herramientas digitales y descubre qué trabajos y ofertas encajan contigo y qué te conviene aprender después.
param-fit = coincide con mi perfil

assessment-title = ¿Dónde estoy? Una autoevaluación de tus competencias digitales
assessment-intro = Para cada competencia, lee lo que las personas saben hacer en cada etapa y elige el nivel que más se parezca a ti. No hay respuestas incorrectas y puedes cambiarlas en cualquier momento. Si tienes dudas, elige «No lo sé».
assessment-framework = Niveles según { $framework }.
assessment-how = Lee las cuatro descripciones breves y elige el nivel más cercano a lo que haces hoy.
assessment-progress-label = Tu progreso en la autoevaluación
assessment-progress = Área { $n } de { $total }
assessment-answered = { $answered } de { $total } competencias respondidas
assessment-area-n = Área { $n }
assessment-level = Nivel { $n }
assessment-level-band = Nivel { $n } ({ $band })
assessment-level-none = Todavía sin nivel
assessment-unknown = No lo sé
assessment-next = Guardar y continuar
assessment-finish = Guardar y ver mi perfil
assessment-back = Guardar y volver atrás
assessment-see-profile = Ver mi perfil de competencias hasta ahora
assessment-notice-saved = Tus respuestas se han guardado.
assessment-replaced-notice = Algunas de tus respuestas anteriores eran de una versión antigua del marco de referencia. Vuelve a responder, por favor: puede que los niveles signifiquen ahora algo distinto.
assessment-error-level = Elige un nivel del { $min } al { $max }, o «No lo sé».
assessment-error-unknown-competence = El formulario incluía una competencia que no forma parte de esta área ({ $code }). No se ha guardado nada: revisa tus respuestas y vuelve a enviarlas.
assessment-error-replaced = El marco de referencia se actualizó a { $framework } mientras respondías. No se ha guardado nada: compara tus respuestas con las nuevas descripciones y vuelve a enviarlas.
assessment-start = Hacer la autoevaluación

assessment-profile-title = Mi perfil de competencias
assessment-profile-intro = Tu nivel en cada competencia digital y de dónde viene: lo que has respondido tú o lo que demuestra una insignia que has obtenido.
assessment-profile-empty = Todavía no tienes un perfil de competencias. La autoevaluación lleva unos 15 minutos, funciona sin cuenta y puedes dejarla y retomarla cuando quieras.
assessment-profile-table = Tus niveles, competencia por competencia
assessment-col-competence = Competencia
assessment-col-level = Nivel
assessment-col-source = De dónde viene
assessment-source-self = Tu propia respuesta, { $date }
assessment-source-unknown = Respondiste «No lo sé», { $date }
assessment-source-badge = Lo demuestra tu insignia:
assessment-source-none = Todavía sin responder
assessment-results-link = Ver los trabajos, las ofertas y los itinerarios que encajan contigo
assessment-change = Cambiar mis respuestas
assessment-download = Descargar mi perfil (JSON)
assessment-print-hint = Para guardar una copia en papel, imprime esta página: los menús y los botones no se imprimen.
assessment-chart-title = Mis niveles por competencia
assessment-chart-desc = Una barra por competencia, cuya longitud indica el nivel, de 0 a { $top }. Competencias con nivel: { $answered } de { $total }; una marca indica un nivel demostrado por una insignia. La tabla de abajo da las mismas cifras.
assessment-chart-caption = Cada barra es una competencia (con su número DigComp a la izquierda); su longitud es el nivel que tienes. ✓ = demostrado por una insignia que has obtenido.

assessment-gap-title = Lo que tienes y lo que necesitarías
assessment-gap-invitation = ¿Quieres saber cuáles de estas competencias ya tienes y qué te falta aprender para llegar? Haz la autoevaluación: lleva unos 15 minutos y no necesitas cuenta.
assessment-gap-summary = { $total ->
    [one] Se pide { $total } competencia y tienes { $meets }.
   *[other] Se piden { $total } competencias y tienes { $meets }.
}
assessment-gap-met-label = Ya la tienes:
assessment-gap-open-label = Por aprender:
assessment-gap-meets = Para { $code } se pide el nivel { $required }; estás en el { $held }.
assessment-gap-meets-attested = Para { $code } se pide el nivel { $required }; tu insignia demuestra el nivel { $held }.
assessment-gap-lacks = Para { $code } se pide el nivel { $required }; estás en el { $held }, { $by ->
    [one] solo te falta un nivel.
   *[other] te faltan { $by } niveles.
}
assessment-gap-unknown = Para { $code } se pide el nivel { $required }; respondiste «No lo sé».
assessment-gap-missing = Para { $code } se pide el nivel { $required }; todavía no está en tu perfil.
assessment-gap-pathway = Itinerario
assessment-gap-pathway-reaches = te lleva al nivel { $level } en { $duration }.
assessment-gap-webinar = Webinario
assessment-gap-nothing-yet = Todavía no hay ningún itinerario ni webinario sobre esta competencia.
assessment-gap-profile-link = Ver todo mi perfil de competencias
assessment-minutes = { $n ->
    [one] un minuto
   *[other] { $n } minutos
}
assessment-hours = { $n ->
    [one] una hora
   *[other] { $shown } horas
}

assessment-results-title = Trabajos, ofertas e itinerarios que encajan contigo
assessment-results-intro = Según tu perfil de competencias. Si cambias tus respuestas u obtienes insignias, estas sugerencias cambian contigo.
assessment-results-how = Cómo se ordenan: primero, por la proporción de competencias que ya tienes; después, por los niveles que te quedan por ganar, de menos a más; y por último, en un orden fijo, para que un mismo perfil dé siempre la misma lista.
assessment-results-empty = Para ver sugerencias hace falta un perfil de competencias. Haz primero la autoevaluación: lleva unos 15 minutos y no necesitas cuenta.
assessment-results-jobs = Los perfiles profesionales más cercanos al tuyo
assessment-results-job-why = { $total ->
    [one] Este trabajo pide { $total } competencia y tienes { $meets }
   *[other] Este trabajo pide { $total } competencias y tienes { $meets }
}{ $short ->
    [0] .
    [one] ; en las demás, solo te falta un nivel.
   *[other] ; en las demás, te faltan { $short } niveles.
}
assessment-results-none = Todavía ningún perfil profesional indica competencias con las que comparar.
assessment-results-offers = Ofertas abiertas que ya encajan contigo
assessment-results-filter-label = Filtrar las ofertas que encajan contigo
assessment-results-filter = Mostrar estas ofertas
assessment-results-offers-count = { $count ->
    [0] Todavía no hay ninguna oferta abierta que pida solo competencias que tienes.
    [one] Una oferta abierta pide solo competencias que tienes.
   *[other] { $count } ofertas abiertas piden solo competencias que tienes.
}
assessment-results-offer-why = { $total ->
    [one] Pide { $total } competencia y la tienes.
   *[other] Pide { $total } competencias y las tienes todas.
}
assessment-results-no-offer = Prueba con menos filtros o echa un vistazo a los itinerarios de abajo para llegar a las próximas ofertas.
assessment-results-offers-search = Buscar en todas las ofertas, las más afines primero
assessment-results-pathways = Los itinerarios que más te aportan para el tiempo que dedicas
assessment-results-pathway-why = { $gain ->
    [one] Suma un nivel a tu perfil en { $duration }.
   *[other] Suma { $gain } niveles a tu perfil en { $duration }.
}
assessment-results-no-pathway = Todavía ningún itinerario suma nada a tu perfil: ya tienes lo que enseñan.

offers-filter-fit = Competencias
offers-filter-fit-mine = Solo las ofertas que coinciden con mi perfil de competencias
offers-sort-fit = Más afines a mi perfil primero
offers-fit-invitation = Haz la autoevaluación para encontrar las ofertas que encajan con tus competencias
