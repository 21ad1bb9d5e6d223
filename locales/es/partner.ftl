partner-title = Espacio de socios
partner-intro = Los contenidos de tu organización en todos sus estados: borradores, pendientes de revisión, publicados, rechazados y archivados.
partner-none = Todavía no publicas para ninguna organización. Pide al equipo de administración que te vincule a la tuya.
partner-acting-for = Actúas en nombre de { $name }
partner-choose = Organización
partner-choose-submit = Ver sus contenidos
partner-by-status = Por estado
partner-by-kind = Por tipo
partner-count = { $name } ({ $count })
partner-items = Contenidos
partner-shown = { $count ->
    [one] Se muestra { $count } contenido.
   *[other] Se muestran { $count } contenidos.
}
partner-show-all = Mostrar todo
partner-empty = Todavía no hay nada aquí.
partner-col-title = Título
partner-col-kind = Tipo
partner-col-status = Estado
content-status-draft = Borrador
content-status-in-review = En revisión
content-status-published = Publicado
content-status-rejected = Rechazado
content-status-archived = Archivado
content-kind-offer = Ofertas
content-kind-interview = Entrevistas
content-kind-pathway = Itinerarios
content-kind-organisation = Ficha de la organización
content-kind-one-offer = Oferta
content-kind-one-interview = Entrevista
content-kind-one-pathway = Itinerario
content-kind-one-organisation = Ficha de la organización
