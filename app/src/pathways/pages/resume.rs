//! Resuming without an account: the note that shows an anonymous learner their resume code
//! and link, and `/{lang}/resume` (and `/{lang}/resume/{code}`, the link) where a code brings
//! the progress back.

use crate::i18n::{t, t_args, use_lang};
use crate::ui::form::{FormState, PostForm, TextField};
use crate::ui::layout::public_origin;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// For an anonymous learner with progress: the code to write down and the link to keep.
#[component]
pub fn ResumeCodeNote(code: Option<String>, back: String) -> impl IntoView {
    let lang = use_lang();
    code.map(|code| {
        let back_encoded = form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>();
        // The link brings the person back to the page that showed it (a pathway, the
        // self-assessment).
        let link = format!("{}/{}/resume/{code}?next={back_encoded}", public_origin(), lang.code());
        let sign_up = format!("/{}/account/sign-up?next={back_encoded}", lang.code());
        view! {
            <aside class="resume-note" aria-labelledby="resume-title">
                <h2 id="resume-title">{t("pathways-resume-title")}</h2>
                <p>{t("pathways-resume-explain")}</p>
                <p class="resume-code">{t("pathways-resume-code")} " " <strong><code>{code.clone()}</code></strong></p>
                <p>{t("pathways-resume-link")} " " <a href=link.clone()>{link.clone()}</a></p>
                <p class="small">{t("pathways-resume-account")} " " <a href=sign_up>{t("pathways-resume-sign-up")}</a></p>
            </aside>
        }
    })
}

/// `/{lang}/resume` and `/{lang}/resume/{code}`.
#[component]
pub fn ResumePage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|p| p.get("code").unwrap_or_default());
    let form = FormState::current();
    let title = t("pathways-resume-page-title");
    let intro = if code.is_empty() {
        t("pathways-resume-page-intro")
    } else {
        t("pathways-resume-page-confirm")
    };
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{intro}</p>
        <PostForm form=form.clone() action=Route::Resume.at(lang) fields=&["code"] form_errors=true>
            {crate::web::context::requested_next().map(|next| view! { <input type="hidden" name="next" value=next/> })}
            <TextField form=form.clone() name="code" label=t("pathways-resume-code-label") hint=t_args("pathways-resume-code-hint", &[("example", "K7M2Q-9TD4X".into())]) default=code autocomplete="off" required=true/>
            <button type="submit">{t("pathways-resume-submit")}</button>
        </PostForm>
        <p class="small">{t("pathways-resume-no-code")} " " <a href=Route::Pathways.at(lang)>{t("nav-pathways")}</a></p>
    }
}
