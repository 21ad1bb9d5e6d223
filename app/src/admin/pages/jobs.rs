//! `/{lang}/admin/jobs`: the background jobs (digests, housekeeping, sending e-mail), the
//! failed and failing first, with a button to run a failed one again.

use crate::admin::api::list_background_jobs;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::admin_nav::AdminNav;
use crate::ui::dates::long_date;
use crate::ui::form::{FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn BackgroundJobsPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    view! {
        <PageTitle title=t("admin-jobs-title")/>
        <h1>{t("admin-jobs-title")}</h1>
        <AdminNav/>
        <p>{t("admin-jobs-intro")}</p>
        {load_page(list_background_jobs, move |jobs| {
            if jobs.is_empty() {
                return view! { <p>{t("admin-jobs-empty")}</p> }.into_any();
            }
            let form = form.clone();
            view! {
                <div class="table-scroll">
                <table>
                    <caption class="sr-only">{t("admin-jobs-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("admin-jobs-kind")}</th>
                            <th scope="col">{t("admin-jobs-state")}</th>
                            <th scope="col">{t("admin-jobs-next")}</th>
                            <th scope="col">{t("admin-jobs-last-error")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {jobs
                            .into_iter()
                            .map(|job| {
                                let state = t_args(
                                    &format!("admin-jobs-state-{}", job.state),
                                    &[("attempts", i64::from(job.attempts).into())],
                                );
                                let retry = (job.state == "failed").then(|| {
                                    view! {
                                        <PostForm form=form.clone() action=Route::AdminJobs.at(lang) fields=&[] class="inline-form">
                                            <input type="hidden" name="action" value="retry"/>
                                            <input type="hidden" name="id" value=job.id.to_string()/>
                                            <button type="submit" class="button-secondary">{t("admin-jobs-retry")}</button>
                                        </PostForm>
                                    }
                                });
                                view! {
                                    <tr>
                                        <th scope="row">{job.kind} " " <span class="small">{job.key}</span></th>
                                        <td>{state} {retry}</td>
                                        <td>{when(&job.run_at)}</td>
                                        <td>{job.last_error.unwrap_or_default()}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                </div>
            }
                .into_any()
        })}
    }
}

/// A date and time in UTC, as the page shows it.
fn when(iso: &str) -> String {
    let date = long_date(iso.get(..10).unwrap_or(iso));
    format!("{date}, {} UTC", iso.get(11..16).unwrap_or(""))
}
