//! The page frame: masthead, sticky table of contents, the sections in story order, colophon.

use yew::prelude::*;

use hashwatt_core::content::page::{DEK, HEADLINE, KICKER, SKIP_LINK};
use hashwatt_core::content::teachers;
use hashwatt_core::model::deck::{first_step_of, END_REGION, END_TEXT};
use hashwatt_core::model::presentation::Action as PresentAction;

use super::ai::AiSection;
use super::centralization::CentralizationSection;
use super::economics::EconomicsSection;
use super::mine::MineSection;
use super::prerendered::Adopted;
use super::present::{use_presentation, PresentBar};
use super::simulate::SimulateHost;
use super::sources::SourcesSection;
use super::speaker::SpeakerView;
use super::state::{use_scenario_root, ScenarioHandle, SettledScenario};
use super::toc::Toc;

pub use hashwatt_core::content::{SectionInfo, SECTIONS};

/// The page, or the speaker view when the address has `?speaker` (opened by `S` in the deck).
#[function_component(App)]
pub fn app() -> Html {
    let speaker = super::url::address_query().speaker();
    if speaker {
        html! { <SpeakerView /> }
    } else {
        html! { <Page /> }
    }
}

#[function_component(Page)]
fn page() -> Html {
    let (scenario, settled) = use_scenario_root();
    let presentation = use_presentation();
    let presenting = presentation.0.active;
    use_effect_with((), |_| super::offline::register());
    super::print::use_print_opens_details();
    super::landing::use_land_on_fragment();
    super::widgets::use_term_tips();
    // The same callback across renders, so a scenario change (which re-renders this root) leaves
    // the table of contents alone.
    let on_present = use_callback(presentation.dispatcher(), |_: MouseEvent, presentation| {
        let reading = super::toc::current_section(SECTIONS)
            .and_then(|i| SECTIONS.get(i))
            .map_or(0, |s| first_step_of(s.id));
        presentation.dispatch(PresentAction::Enter(reading));
    });
    html! {
        <ContextProvider<ScenarioHandle> context={scenario}>
        <ContextProvider<SettledScenario> context={settled}>
          <div class={classes!("page", presenting.then_some("presenting"),
                               (presenting && presentation.0.blank).then_some("deck-blank"))}>
            <a class="skip-link" href="#story">{ SKIP_LINK }</a>
            if presenting {
                <PresentBar state={presentation} />
            }
            <header class="masthead" id="masthead">
                <div class="masthead-inner">
                    <p class="kicker">{ KICKER }</p>
                    <h1>
                        { for HEADLINE.iter().map(|&(text, class)| match class {
                            Some(class) => html! { <span {class}>{ text }</span> },
                            None => html! { { text } },
                        }) }
                    </h1>
                    <p class="dek">{ DEK }</p>
                </div>
            </header>
            <div class="layout">
                <Toc sections={SECTIONS} {on_present} />
                <main id="main">
                    <Adopted id="story" />
                    <MineSection />
                    <EconomicsSection />
                    <SimulateHost />
                    <CentralizationSection />
                    <AiSection />
                    <Adopted id="glossary" />
                    <Adopted id="faq" />
                    <SourcesSection />
                </main>
                if presenting {
                    <div class="deck-end" id={END_REGION}>
                        <p>{ END_TEXT }</p>
                        <p><a href={teachers::PAGE}>{ teachers::LINK_TEXT }</a></p>
                    </div>
                }
            </div>
            <footer class="colophon">
                <p>
                    { "Hashwatt runs entirely in your browser: no data leaves the page, nothing is stored, \
                       and the miner starts only when you press Start. Every figure names its source and date \
                       in " }
                    <a href="#sources">{ "Sources" }</a>{ ". " }
                    <a href={teachers::PAGE}>{ teachers::LINK_TEXT }</a>{ "." }
                </p>
            </footer>
          </div>
        </ContextProvider<SettledScenario>>
        </ContextProvider<ScenarioHandle>>
    }
}
