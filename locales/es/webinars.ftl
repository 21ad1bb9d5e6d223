## The programme
webinars-title = Webinarios
webinars-intro = Sesiones en directo por internet con las personas que trabajan en la tecnología social: inscríbase gratis, participe desde cualquier dispositivo o vea la grabación y lea la transcripción más tarde.
webinars-zone-note = Los horarios se indican en { $zone }.
webinars-upcoming = Próximos
webinars-past-title = Webinarios anteriores
webinars-count = { $count ->
    [one] 1 webinario
   *[other] { $count } webinarios
}
webinars-none-upcoming = Ningún próximo webinario coincide con estos filtros.
webinars-none-past = Ningún webinario anterior coincide con estos filtros.
webinars-feed = Seguir los nuevos webinarios (feed Atom)
webinars-filter-when = Cuándo
webinars-filter-when-any = Próximos y anteriores
webinars-filter-lang = Idioma hablado
webinars-filter-lang-any = Todos los idiomas
webinars-filter-competence = Competencia DigComp
webinars-filter-competence-any = Todas las competencias
webinars-filter-job = Perfil profesional
webinars-filter-job-any = Todos los perfiles profesionales
webinars-filter-organisation = Organización
webinars-filter-organisation-any = Todas las organizaciones
webinars-filter-access = Accesibilidad
webinars-filter-access-any = Cualquiera
webinars-access-captions = subtítulos en directo
webinars-access-sign-language = interpretación en lengua de signos
webinars-access-transcript = transcripción
param-when = cuándo
param-access = accesibilidad

## A card
webinars-seats-open = Gratis, sin límite de plazas
webinars-seats-left = { $count ->
    [one] Queda 1 plaza
   *[other] Quedan { $count } plazas
}
webinars-seats-waiting-list = Completo: lista de espera abierta
webinars-seats-closed = Inscripción cerrada
webinars-replay-available = Grabación disponible
webinars-past = Ya se ha celebrado
webinars-spoken = en { $language }
webinars-minutes = { $minutes } min

## A webinar's page
webinars-own-zone = Horario de la organización: { $when }
webinars-zone-pick = Mostrar los horarios en otra zona horaria
webinars-zone-show = Mostrar
webinars-organiser = Organizado por
webinars-language = Idioma hablado
webinars-length = Duración
webinars-seats = Plazas
webinars-capacity = (de { $count })
webinars-access = Accesibilidad
webinars-add-to-calendar = Añadir a mi calendario (archivo .ics)
webinars-speakers = Ponentes
webinars-related = Relacionado con este webinario
webinars-competence = Competencia DigComp
webinars-job = Perfil profesional:
webinars-pathway-step = { $pathway }, paso { $n }: la grabación forma parte de este itinerario
webinars-watch-replay = Ver la grabación
webinars-transcript = Transcripción y resumen

## Registrations
webinars-registration-pending = pendiente de su confirmación
webinars-registration-confirmed = inscripción confirmada
webinars-registration-waiting = en lista de espera
webinars-registration-cancelled = inscripción cancelada

## Dates and zones
webinars-when = { $weekday } { $day } { $month } { $year }, { $start }–{ $end }
webinars-weekday-1 = lun.
webinars-weekday-2 = mar.
webinars-weekday-3 = mié.
webinars-weekday-4 = jue.
webinars-weekday-5 = vie.
webinars-weekday-6 = sáb.
webinars-weekday-7 = dom.
webinars-month-1 = ene.
webinars-month-2 = feb.
webinars-month-3 = mar.
webinars-month-4 = abr.
webinars-month-5 = may.
webinars-month-6 = jun.
webinars-month-7 = jul.
webinars-month-8 = ago.
webinars-month-9 = sept.
webinars-month-10 = oct.
webinars-month-11 = nov.
webinars-month-12 = dic.
webinars-zone = hora de { $city }
webinars-city-europe-paris = París
webinars-city-europe-brussels = Bruselas
webinars-city-europe-rome = Roma
webinars-city-europe-madrid = Madrid
webinars-city-atlantic-canary = Canarias
webinars-city-europe-lisbon = Lisboa
webinars-city-europe-london = Londres
webinars-city-europe-berlin = Berlín
