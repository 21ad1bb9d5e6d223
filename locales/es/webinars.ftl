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

## Registering
webinars-register-title = Inscribirse
webinars-register = Inscribirse gratis
webinars-join-waiting-list = Apuntarse a la lista de espera
webinars-email = Su dirección de correo electrónico
webinars-email-hint = No necesita una cuenta: le enviamos un enlace para confirmar. Su inscripción es válida en cuanto lo abra.
webinars-error-closed = La inscripción para este webinario está cerrada.
webinars-error-already = Esta dirección ya está inscrita en este webinario. Su enlace personal está en el correo que le enviamos.
webinars-notice-check-mail = Ya casi está: abra el enlace que acabamos de enviar a su dirección de correo electrónico para confirmar su inscripción (en un plazo de 48 horas).
webinars-notice-registered = Su inscripción está confirmada. Le hemos enviado un correo con su enlace personal y un archivo de calendario.
webinars-notice-waiting = El webinario está completo: usted está en la lista de espera. Si queda libre una plaza, será para usted y se lo diremos por correo electrónico.
webinars-notice-cancelled = Su inscripción se ha cancelado.
webinars-notice-already-cancelled = Esta inscripción ya se había cancelado.
webinars-you-have-a-seat = Tiene una plaza.
webinars-manage-by-mail = Su enlace personal para cancelar o para añadir el webinario a su calendario está en el correo que le enviamos.
webinars-your-place = Está en la lista de espera, en el puesto { $place }.
webinars-you-cancelled = Ha cancelado esta inscripción.
webinars-registration-title = Su inscripción
webinars-registration-expired = Este enlace ha caducado (la inscripción debe confirmarse en un plazo de 48 horas y antes de que empiece el webinario). Vuelva a inscribirse.
webinars-join = Entrar en el webinario
webinars-join-later = El enlace para entrar aparece aquí 15 minutos antes del comienzo.
webinars-cancel = Cancelar mi inscripción

## E-mails
webinars-mail-confirm-subject = Confirme su inscripción: { $title }
webinars-mail-confirm-body = Abra este enlace en un plazo de 48 horas para confirmar su inscripción en «{ $title }»:
webinars-mail-registered-subject = Inscripción confirmada: { $title }
webinars-mail-registered-body = Tiene una plaza en «{ $title }». Su enlace personal muestra el webinario, le permite añadirlo a su calendario y, 15 minutos antes del comienzo, le da el enlace para entrar:
webinars-mail-waiting-subject = En lista de espera: { $title }
webinars-mail-waiting-body = «{ $title }» está completo, así que usted está en la lista de espera. Si queda libre una plaza, será para usted y le escribiremos. Su enlace personal:
webinars-mail-seat-subject = Ya tiene plaza: { $title }
webinars-mail-seat-body = Buenas noticias: ha quedado libre una plaza en «{ $title }» y ahora es suya. Su enlace personal:
webinars-mail-cancel-note = Para cancelar, abra su enlace personal y pulse «Cancelar mi inscripción». No necesita cuenta ni contraseña.
webinars-mail-when = «{ $title }»: { $when }
webinars-mail-day-subject = Mañana: { $title }
webinars-mail-day-body = Le recordamos que mañana tiene una plaza en este webinario. Su enlace personal muestra el enlace para entrar a partir de 15 minutos antes del comienzo:
webinars-mail-hour-subject = Dentro de una hora: { $title }
webinars-mail-hour-body = El webinario empieza dentro de una hora. Su enlace personal muestra el enlace para entrar a partir de 15 minutos antes del comienzo:
webinars-mail-replay-subject = La grabación ya está en línea: { $title }
webinars-mail-replay-body = La grabación de «{ $title }» ya está en línea. Puede verla, y leer su transcripción, en la página del webinario:
webinars-mail-calendar-note = El archivo de calendario adjunto a este correo añade el webinario a su calendario.
webinars-mail-feed-note = Todos los webinarios en los que se inscriba aparecen también en su propio feed de calendario, al que puede suscribirse desde su aplicación de calendario: { $url }
webinars-mail-stop-note = ¿No quiere recibir recordatorios? Abra su enlace personal y pulse «Desactivar los recordatorios»: { $url }

## Los recordatorios y el calendario personal
webinars-reminders-on = Le enviamos un recordatorio el día antes y otro una hora antes, y un correo cuando la grabación esté en línea.
webinars-reminders-off = No recibirá recordatorios de este webinario.
webinars-reminders-stop = Desactivar los recordatorios
webinars-reminders-start = Volver a recibir recordatorios
webinars-notice-reminders-off = Los recordatorios de este webinario están desactivados.
webinars-notice-reminders-on = Los recordatorios de este webinario vuelven a estar activados.
webinars-my-calendar-name = Mis webinarios — Social Tech Academy
webinars-notice-calendar-reset = Su calendario tiene una dirección nueva. La antigua ya no funciona: suscríbase a la nueva.
webinars-mine-title = Mis webinarios
webinars-mine-none = Todavía no se ha inscrito en ningún webinario.
webinars-mine-browse = Ver el programa
webinars-mine-upcoming = Próximos
webinars-mine-waiting = En lista de espera
webinars-mine-past = Anteriores, con sus grabaciones
webinars-my-calendar-title = Su calendario de webinarios
webinars-my-calendar-intro = Suscríbase a esta dirección desde su aplicación de calendario (funciona con la mayoría: «añadir un calendario desde una URL»). Muestra los webinarios en los que se inscriba, con el enlace para entrar. No la comparta: quien la tenga puede verlos.
webinars-my-calendar-address = Dirección privada de su calendario
webinars-my-calendar-reset = Dar una dirección nueva a mi calendario
webinars-mine-on-account = Encontrará este webinario en «Mis webinarios», en la página «Mi cuenta», y en su calendario de webinarios.
webinars-my-calendar-make = Crear la dirección de mi calendario

## Webinar form errors
webinars-error-time = Escriba una hora con horas y minutos, como 18:30.
webinars-error-time-skipped = Esta hora no existe ese día en esta zona horaria (se adelantan los relojes). Elija otra hora.
webinars-error-start-past = El comienzo ya ha pasado. Elija un día y una hora futuros.
webinars-error-zone = Elija una zona horaria de la lista.
webinars-error-duration = Escriba una duración de 1 a { $max } minutos.
webinars-error-capacity = Escriba un número de plazas de 1 a { $max }, o déjelo vacío si no hay límite.
webinars-error-capacity-taken = { $count } personas ya tienen plaza: el webinario necesita al menos { $count } plazas.
webinars-next-title = Próximos webinarios
webinars-next-all = Ver todos los webinarios
webinars-search = Palabras
