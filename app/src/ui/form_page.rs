//! A narrow column with its title, for a page that is one form.

use leptos::prelude::*;

/// A narrow column for a form page.
#[component]
pub fn FormPage(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <crate::ui::page_title::PageTitle title=title.clone()/>
        <div class="form-page">
            <h1>{title}</h1>
            {children()}
        </div>
    }
}
