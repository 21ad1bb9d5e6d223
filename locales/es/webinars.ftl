## The programme
webinars-title = Webinarios
webinars-intro = Sesiones en directo por internet con las personas que trabajan en la tecnología social: inscríbete gratis, participa desde cualquier dispositivo o mira la grabación y lee la transcripción más tarde.
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
webinars-registration-pending = pendiente de tu confirmación
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

## Registering
webinars-register-title = Inscribirse
webinars-register = Inscribirse gratis
webinars-join-waiting-list = Apuntarse a la lista de espera
webinars-email = Tu dirección de correo electrónico
webinars-email-hint = No necesitas una cuenta: te enviamos un enlace para confirmar. Tu inscripción es válida en cuanto lo abras.
webinars-error-closed = La inscripción para este webinario está cerrada.
webinars-error-already = Esta dirección ya está inscrita en este webinario. Tu enlace personal está en el correo que te enviamos.
webinars-notice-check-mail = Ya casi está: abre el enlace que acabamos de enviar a tu dirección de correo electrónico para confirmar tu inscripción (en un plazo de 48 horas).
webinars-notice-registered = Tu inscripción está confirmada. Te hemos enviado un correo con tu enlace personal y un archivo de calendario.
webinars-notice-waiting = El webinario está completo: estás en la lista de espera. Si queda libre una plaza, será para ti y te lo diremos por correo electrónico.
webinars-notice-cancelled = Tu inscripción se ha cancelado.
webinars-notice-already-cancelled = Esta inscripción ya se había cancelado.
webinars-you-have-a-seat = Tienes una plaza.
webinars-manage-by-mail = Tu enlace personal para cancelar o para añadir el webinario a tu calendario está en el correo que te enviamos.
webinars-your-place = Estás en la lista de espera, en el puesto { $place }.
webinars-you-cancelled = Has cancelado esta inscripción.
webinars-registration-title = Tu inscripción
webinars-registration-expired = Este enlace ha caducado (la inscripción debe confirmarse en un plazo de 48 horas y antes de que empiece el webinario). Vuelve a inscribirte.
webinars-join = Entrar en el webinario
webinars-join-later = El enlace para entrar aparece aquí 15 minutos antes del comienzo.
webinars-cancel = Cancelar mi inscripción

## E-mails
webinars-mail-confirm-subject = Confirma tu inscripción: { $title }
webinars-mail-confirm-body = Abre este enlace en un plazo de 48 horas para confirmar tu inscripción en «{ $title }»:
webinars-mail-registered-subject = Inscripción confirmada: { $title }
webinars-mail-registered-body = Tienes una plaza en «{ $title }». Tu enlace personal muestra el webinario, te permite añadirlo a tu calendario y, 15 minutos antes del comienzo, te da el enlace para entrar:
webinars-mail-waiting-subject = En lista de espera: { $title }
webinars-mail-waiting-body = «{ $title }» está completo, así que estás en la lista de espera. Si queda libre una plaza, será para ti y te escribiremos. Tu enlace personal:
webinars-mail-seat-subject = Ya tienes plaza: { $title }
webinars-mail-seat-body = Buenas noticias: ha quedado libre una plaza en «{ $title }» y ahora es tuya. Tu enlace personal:
webinars-mail-cancel-note = Para cancelar, abre tu enlace personal y pulsa «Cancelar mi inscripción». No necesitas cuenta ni contraseña.
webinars-mail-when = «{ $title }»: { $when }
webinars-mail-day-subject = Mañana: { $title }
webinars-mail-day-body = Te recordamos que mañana tienes una plaza en este webinario. Tu enlace personal muestra el enlace para entrar a partir de 15 minutos antes del comienzo:
webinars-mail-hour-subject = Dentro de una hora: { $title }
webinars-mail-hour-body = El webinario empieza dentro de una hora. Tu enlace personal muestra el enlace para entrar a partir de 15 minutos antes del comienzo:
webinars-mail-replay-subject = La grabación ya está en línea: { $title }
webinars-mail-replay-body = La grabación de «{ $title }» ya está en línea. Puedes verla, y leer su transcripción, en la página del webinario:
webinars-mail-calendar-note = El archivo de calendario adjunto a este correo añade el webinario a tu calendario.
webinars-mail-feed-note = Todos los webinarios en los que te inscribas aparecen también en tu propio feed de calendario, al que puedes suscribirte desde tu aplicación de calendario: { $url }
webinars-mail-stop-note = ¿No quieres recibir recordatorios? Abre tu enlace personal y pulsa «Desactivar los recordatorios»: { $url }

## Los recordatorios y el calendario personal
webinars-reminders-on = Te enviamos un recordatorio el día antes y otro una hora antes, y un correo cuando la grabación esté en línea.
webinars-reminders-off = No recibirás recordatorios de este webinario.
webinars-reminders-stop = Desactivar los recordatorios
webinars-reminders-start = Volver a recibir recordatorios
webinars-notice-reminders-off = Los recordatorios de este webinario están desactivados.
webinars-notice-reminders-on = Los recordatorios de este webinario vuelven a estar activados.
webinars-my-calendar-name = Mis webinarios — Social Tech Academy
webinars-notice-calendar-reset = Tu calendario tiene una dirección nueva. La antigua ya no funciona: suscríbete a la nueva.
webinars-mine-title = Mis webinarios
webinars-mine-none = Todavía no te has inscrito en ningún webinario.
webinars-mine-browse = Ver el programa
webinars-mine-upcoming = Próximos
webinars-mine-waiting = En lista de espera
webinars-mine-past = Anteriores, con sus grabaciones
webinars-my-calendar-title = Tu calendario de webinarios
webinars-my-calendar-intro = Suscríbete a esta dirección desde tu aplicación de calendario (funciona con la mayoría: «añadir un calendario desde una URL»). Muestra los webinarios en los que te inscribas, con el enlace para entrar. No la compartas: quien la tenga puede verlos.
webinars-my-calendar-address = Dirección privada de tu calendario
webinars-my-calendar-reset = Dar una dirección nueva a mi calendario
webinars-mine-on-account = Encontrarás este webinario en «Mis webinarios», en la página «Mi cuenta», y en tu calendario de webinarios.
webinars-my-calendar-make = Crear la dirección de mi calendario

## Webinar form errors
webinars-error-time = Escribe una hora con horas y minutos, como 18:30.
webinars-error-time-skipped = Esta hora no existe ese día en esta zona horaria (se adelantan los relojes). Elige otra hora.
webinars-error-start-past = El comienzo ya ha pasado. Elige un día y una hora futuros.
webinars-error-zone = Elige una zona horaria de la lista.
webinars-error-duration = Escribe una duración de 1 a { $max } minutos.
webinars-error-capacity = Escribe un número de plazas de 1 a { $max }, o déjalo vacío si no hay límite.
webinars-error-capacity-taken = { $count } personas ya tienen plaza: el webinario necesita al menos { $count } plazas.
webinars-next-title = Próximos webinarios
webinars-next-all = Ver todos los webinarios
webinars-search = Palabras
webinars-notice-see-mine = Ver tus webinarios
