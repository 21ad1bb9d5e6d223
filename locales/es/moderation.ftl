moderation-queue = Pendiente de revisión
moderation-organisations = Organizaciones
moderation-filter-organisation = Organización
moderation-filter-lang = Idioma original
moderation-filter-any = Cualquiera
moderation-waiting = { $count ->
    [0] No hay nada pendiente de revisión.
    [one] { $count } contenido espera revisión, el más antiguo primero.
   *[other] { $count } contenidos esperan revisión, los más antiguos primero.
}
moderation-submitted = Enviado el
moderation-back = Volver a la cola de moderación
moderation-decision = Tu decisión
moderation-comment = Comentario para el equipo editor
moderation-comment-hint = Obligatorio para rechazar: di qué hay que cambiar. El equipo editor lo lee en el contenido y lo recibe por correo.
moderation-approve = Aprobar y publicar
moderation-reject = Rechazar con este comentario
moderation-history = Historial
moderation-comment-required = Di qué debe cambiar el equipo editor: leerá este comentario.
moderation-already-decided = Este contenido ya no espera revisión: alguien ya decidió o se ha modificado.
moderation-notice-approved = Publicado. Ya aparece en la búsqueda, el canal y el mapa del sitio.
moderation-notice-rejected = Rechazado. El equipo editor ha sido avisado, con tu comentario.
history-create = creado
history-edit = editado
history-submit = enviado a revisión
history-approve = aprobado y publicado
history-reject = rechazado
history-publish = publicado directamente por un administrador
history-translate = traducción propuesta
history-archive = archivado
history-delete = eliminado
history-read-draft = consultado
partner-rejected-comment = Una persona del equipo de moderación no publicó esta oferta y escribió:
mail-rejected-subject = Aún no publicada: { $title }
mail-rejected-body = El equipo de moderación de Social Tech Academy revisó tu oferta «{ $title }» y aún no la ha publicado. Su comentario:
mail-rejected-next = Modifica la oferta y envíala de nuevo desde tu espacio de socios:
moderation-change-tag = cambio
moderation-changes-revision = Qué ha cambiado desde la versión publicada
moderation-changes-new = El contenido completo (nunca publicado)
moderation-as-readers-see = Tal como lo ven hoy los lectores
moderation-as-readers-will-see = Tal como lo verán los lectores
moderation-filter-age = En espera desde hace
moderation-age-days = { $count ->
    [one] al menos un día
   *[other] al menos { $count } días
}
