//! `/{lang}/moderation`.

use super::api::moderation_overview;
use super::model::ReviewQueue;
use crate::i18n::{t, t_args, use_lang};
use crate::ui::dates::long_date;
use crate::ui::fallback_notice::lang_attr;
use crate::ui::filters::{Choice, FilterForm, IgnoredNotice, SelectFilter};
use crate::ui::form::FlashNotice;
use crate::ui::form::{FormErrors, FormState, PostForm};
use crate::ui::layout::request_path_and_query;
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn ModerationPage() -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::Moderation.at(lang);
    let (_, query) = request_path_and_query();
    view! {
        <PageTitle title=t("moderation-title")/>
        <h1>{t("moderation-title")}</h1>
        <FlashNotice/>
        {load_page(move || moderation_overview(lang, query), move |(queue, orgs)| {
            let form = form.clone();
            let action = action.clone();
            view! {
                <h2 id="queue">{t("moderation-queue")}</h2>
                <Queue queue/>
                <h2>{t("moderation-organisations")}</h2>
                <p>{t("moderation-intro")}</p>
                <FormErrors form=form.clone() fields=&["organisation_id"] form_errors=true/>
                <ul class="check-list">
                    {orgs
                        .into_iter()
                        .map(|o| {
                            let (verb, label) = if o.verified {
                                ("unverify", t_args("moderation-unverify", &[("name", o.name.clone().into())]))
                            } else {
                                ("verify", t_args("moderation-verify", &[("name", o.name.clone().into())]))
                            };
                            view! {
                                <li>
                                    <a href=Route::Organisation(&o.slug).at(lang)>{o.name.clone()}</a>
                                    " (" {o.country} ") · "
                                    {t(if o.verified { "moderation-verified" } else { "moderation-unverified" })}
                                    <PostForm form=form.clone() action=action.clone() fields=&[] class="inline-form">
                                        <input type="hidden" name="action" value=verb/>
                                        <input type="hidden" name="organisation_id" value=o.id.to_string()/>
                                        <button type="submit" class="button button-secondary">{label}</button>
                                    </PostForm>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
    }
}

/// What waits for review, oldest first, with its filters.
#[component]
fn Queue(queue: ReviewQueue) -> impl IntoView {
    let lang = use_lang();
    let active =
        queue.organisation.is_some() || queue.kind.is_some() || queue.lang.is_some() || queue.age.is_some();
    let filters = vec![
        SelectFilter {
            name: "organisation",
            label: t("moderation-filter-organisation"),
            any_label: t("moderation-filter-any"),
            options: queue
                .organisations
                .iter()
                .map(|(slug, name)| Choice {
                    value: slug.clone(),
                    label: name.clone(),
                })
                .collect(),
            selected: queue.organisation.clone(),
        },
        SelectFilter {
            name: "kind",
            label: t("partner-col-kind"),
            any_label: t("moderation-filter-any"),
            options: super::queue_kinds()
                .into_iter()
                .map(|k| Choice {
                    value: k.code().into(),
                    label: t(&k.plural_key()),
                })
                .collect(),
            selected: queue.kind.map(|k| k.code().to_string()),
        },
        SelectFilter {
            name: "lang",
            label: t("moderation-filter-lang"),
            any_label: t("moderation-filter-any"),
            options: crate::i18n::Lang::ALL
                .iter()
                .map(|l| Choice {
                    value: l.code().into(),
                    label: t(&l.endonym_key()),
                })
                .collect(),
            selected: queue.lang.map(|l| l.code().to_string()),
        },
        SelectFilter {
            name: "age",
            label: t("moderation-filter-age"),
            any_label: t("moderation-filter-any"),
            options: [1i64, 7, 30]
                .into_iter()
                .map(|days| Choice {
                    value: days.to_string(),
                    label: t_args("moderation-age-days", &[("count", days.into())]),
                })
                .collect(),
            selected: queue.age.map(|d| d.to_string()),
        },
    ];
    let count = t_args(
        "moderation-waiting",
        &[("count", (queue.items.len() as i64).into())],
    );
    view! {
        <IgnoredNotice ignored=queue.ignored/>
        <FilterForm filters clear_href=Route::ModerationQuery("").at(lang) active/>
        <p role="status">{count}</p>
        {(!queue.items.is_empty()).then(|| view! {
            <div class="table-scroll">
                <table aria-labelledby="queue" class="stack-table">
                    <thead>
                        <tr>
                            <th scope="col">{t("partner-col-title")}</th>
                            <th scope="col">{t("partner-col-kind")}</th>
                            <th scope="col">{t("moderation-filter-organisation")}</th>
                            <th scope="col">{t("moderation-filter-lang")}</th>
                            <th scope="col">{t("moderation-submitted")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {queue
                            .items
                            .into_iter()
                            .map(|item| {
                                let title = view! {
                                    <a href=Route::Review(item.kind, item.id).at(lang) lang=lang_attr(item.lang)>{item.title}</a>
                                };
                                let submitted = item.submitted_on.get(..10).map(long_date).unwrap_or_default();
                                let change = item.revision.then(|| view! { " " <span class="tag">{t("moderation-change-tag")}</span> });
                                view! {
                                    <tr>
                                        <th scope="row">{title}{change}</th>
                                        <td>{t(&item.kind.label_key())}</td>
                                        <td>{item.organisation}</td>
                                        <td>{t(&item.original_lang.endonym_key())}</td>
                                        <td>{submitted}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        })}
    }
}
