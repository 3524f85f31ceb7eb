use yew::prelude::*;

/// The GOV.UK notification banner (the "important" kind, a labelled
/// region): its id, its title ("Important"), and the message, shown as the
/// banner's heading.
pub fn notification_banner(id: &'static str, title: AttrValue, heading: AttrValue) -> Html {
    html! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="notification-banner-title"
             data-module="govuk-notification-banner" {id}>
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="notification-banner-title">{ title }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ heading }</p>
            </div>
        </div>
    }
}
