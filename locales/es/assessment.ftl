# La autoevaluación DigComp, el perfil de competencias, el recuadro de lo que falta y las sugerencias.

nav-assessment = Dónde estoy
home-assessment-text = Responda a unas preguntas sencillas sobre lo que sabe hacer con las herramientas digitales y descubra qué trabajos y ofertas encajan con usted y qué le conviene aprender después.
param-fit = coincide con mi perfil

assessment-title = ¿Dónde estoy? Una autoevaluación de sus competencias digitales
assessment-intro = Para cada competencia, lea lo que las personas saben hacer en cada etapa y elija el nivel que más se parezca a usted. No hay respuestas incorrectas y puede cambiarlas en cualquier momento. Si tiene dudas, elija «No lo sé».
assessment-framework = Niveles según { $framework }.
assessment-how = Lea las cuatro descripciones breves y elija el nivel más cercano a lo que hace hoy.
assessment-progress-label = Su progreso en la autoevaluación
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
assessment-notice-saved = Sus respuestas se han guardado.
assessment-replaced-notice = Algunas de sus respuestas anteriores eran de una versión antigua del marco de referencia. Vuelva a responder, por favor: puede que los niveles signifiquen ahora algo distinto.
assessment-error-level = Elija un nivel del { $min } al { $max }, o «No lo sé».
assessment-error-unknown-competence = El formulario incluía una competencia que no forma parte de esta área ({ $code }). No se ha guardado nada: revise sus respuestas y vuelva a enviarlas.
assessment-error-replaced = El marco de referencia se actualizó a { $framework } mientras respondía. No se ha guardado nada: compare sus respuestas con las nuevas descripciones y vuelva a enviarlas.
assessment-start = Hacer la autoevaluación

assessment-profile-title = Mi perfil de competencias
assessment-profile-intro = Su nivel en cada competencia digital y de dónde viene: lo que ha respondido usted o lo que demuestra una insignia que ha obtenido.
assessment-profile-empty = Todavía no tiene un perfil de competencias. La autoevaluación lleva unos 15 minutos, funciona sin cuenta y puede dejarla y retomarla cuando quiera.
assessment-profile-table = Sus niveles, competencia por competencia
assessment-col-competence = Competencia
assessment-col-level = Nivel
assessment-col-source = De dónde viene
assessment-source-self = Su propia respuesta, { $date }
assessment-source-unknown = Respondió «No lo sé», { $date }
assessment-source-badge = Lo demuestra su insignia:
assessment-source-none = Todavía sin responder
assessment-results-link = Ver los trabajos, las ofertas y los itinerarios que encajan con usted
assessment-change = Cambiar mis respuestas
assessment-download = Descargar mi perfil (JSON)
assessment-print-hint = Para guardar una copia en papel, imprima esta página: los menús y los botones no se imprimen.
assessment-chart-title = Mis niveles por competencia
assessment-chart-desc = Una barra por competencia, cuya longitud indica el nivel, de 0 a { $top }. Competencias con nivel: { $answered } de { $total }; una marca indica un nivel demostrado por una insignia. La tabla de abajo da las mismas cifras.
assessment-chart-caption = Cada barra es una competencia (con su número DigComp a la izquierda); su longitud es el nivel que usted tiene. ✓ = demostrado por una insignia que ha obtenido.

assessment-gap-title = Lo que tiene y lo que necesitaría
assessment-gap-invitation = ¿Quiere saber cuáles de estas competencias ya tiene y qué le falta aprender para llegar? Haga la autoevaluación: lleva unos 15 minutos y no necesita cuenta.
assessment-gap-summary = { $total ->
    [one] Se pide { $total } competencia y usted tiene { $meets }.
   *[other] Se piden { $total } competencias y usted tiene { $meets }.
}
assessment-gap-met-label = Ya la tiene:
assessment-gap-open-label = Por aprender:
assessment-gap-meets = Para { $code } se pide el nivel { $required }; usted está en el { $held }.
assessment-gap-meets-attested = Para { $code } se pide el nivel { $required }; su insignia demuestra el nivel { $held }.
assessment-gap-lacks = Para { $code } se pide el nivel { $required }; usted está en el { $held }, { $by ->
    [one] solo le falta un nivel.
   *[other] le faltan { $by } niveles.
}
assessment-gap-unknown = Para { $code } se pide el nivel { $required }; usted respondió «No lo sé».
assessment-gap-missing = Para { $code } se pide el nivel { $required }; todavía no está en su perfil.
assessment-gap-pathway = Itinerario
assessment-gap-pathway-reaches = le lleva al nivel { $level } en { $duration }.
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

assessment-results-title = Trabajos, ofertas e itinerarios que encajan con usted
assessment-results-intro = Según su perfil de competencias. Si cambia sus respuestas u obtiene insignias, estas sugerencias cambian con usted.
assessment-results-how = Cómo se ordenan: primero, por la proporción de competencias que ya tiene; después, por los niveles que le quedan por ganar, de menos a más; y por último, en un orden fijo, para que un mismo perfil dé siempre la misma lista.
assessment-results-empty = Para ver sugerencias hace falta un perfil de competencias. Haga primero la autoevaluación: lleva unos 15 minutos y no necesita cuenta.
assessment-results-jobs = Los perfiles profesionales más cercanos al suyo
assessment-results-job-why = { $total ->
    [one] Este trabajo pide { $total } competencia y usted tiene { $meets }
   *[other] Este trabajo pide { $total } competencias y usted tiene { $meets }
}{ $short ->
    [0] .
    [one] ; en las demás, solo le falta un nivel.
   *[other] ; en las demás, le faltan { $short } niveles.
}
assessment-results-none = Todavía ningún perfil profesional indica competencias con las que comparar.
assessment-results-offers = Ofertas abiertas que ya encajan con usted
assessment-results-filter-label = Filtrar las ofertas que encajan con usted
assessment-results-filter = Mostrar estas ofertas
assessment-results-offers-count = { $count ->
    [0] Todavía no hay ninguna oferta abierta que pida solo competencias que usted tiene.
    [one] Una oferta abierta pide solo competencias que usted tiene.
   *[other] { $count } ofertas abiertas piden solo competencias que usted tiene.
}
assessment-results-offer-why = { $total ->
    [one] Pide { $total } competencia y usted la tiene.
   *[other] Pide { $total } competencias y usted las tiene todas.
}
assessment-results-no-offer = Pruebe con menos filtros o eche un vistazo a los itinerarios de abajo para llegar a las próximas ofertas.
assessment-results-offers-search = Buscar en todas las ofertas, las más afines primero
assessment-results-pathways = Los itinerarios que más le aportan para el tiempo que dedica
assessment-results-pathway-why = { $gain ->
    [one] Suma un nivel a su perfil en { $duration }.
   *[other] Suma { $gain } niveles a su perfil en { $duration }.
}
assessment-results-no-pathway = Todavía ningún itinerario suma nada a su perfil: ya tiene lo que enseñan.

offers-filter-fit = Competencias
offers-filter-fit-mine = Solo las ofertas que coinciden con mi perfil de competencias
offers-sort-fit = Más afines a mi perfil primero
offers-fit-invitation = Haga la autoevaluación para encontrar las ofertas que encajan con sus competencias
