use yew::prelude::*;

/// Props for [`NotificationBanner`].
#[derive(Properties, PartialEq)]
pub struct NotificationBannerProps {
    /// The banner's title ("Important").
    pub title: AttrValue,
    /// The message, shown as the banner's heading.
    pub heading: AttrValue,
    /// An id for the banner.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// The GOV.UK notification banner (the "important" kind, a labelled region).
#[component]
pub fn NotificationBanner(props: &NotificationBannerProps) -> Html {
    html! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="notification-banner-title"
             data-module="govuk-notification-banner" id={props.id.clone()}>
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="notification-banner-title">{ props.title.clone() }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ props.heading.clone() }</p>
            </div>
        </div>
    }
}
