//! The page frame: masthead, sticky table of contents, the sections in story order, colophon.

use yew::prelude::*;

use hashwatt_core::model::presentation::Action as PresentAction;

use super::ai::AiSection;
use super::centralization::CentralizationSection;
use super::economics::EconomicsSection;
use super::faq::FaqSection;
use super::glossary::GlossarySection;
use super::mine::MineSection;
use super::present::{use_presentation, PresentBar};
use super::simulate::SimulateSection;
use super::sources::SourcesSection;
use super::state::{use_scenario_root, ScenarioHandle, SettledScenario};
use super::story::StorySection;
use super::toc::Toc;

/// A section of the page: its anchor id and its title in the table of contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionInfo {
    pub id: &'static str,
    pub title: &'static str,
}

/// The page's sections, in order. Every entry is a `<section id=...>` rendered below.
pub const SECTIONS: &[SectionInfo] = &[
    SectionInfo {
        id: "story",
        title: "The story",
    },
    SectionInfo {
        id: "mine",
        title: "Mine a block",
    },
    SectionInfo {
        id: "economics",
        title: "Economics",
    },
    SectionInfo {
        id: "simulate",
        title: "What happens next",
    },
    SectionInfo {
        id: "centralization",
        title: "Centralization",
    },
    SectionInfo {
        id: "ai",
        title: "AI's other path",
    },
    SectionInfo {
        id: "glossary",
        title: "Glossary",
    },
    SectionInfo {
        id: "faq",
        title: "FAQ",
    },
    SectionInfo {
        id: "sources",
        title: "Sources",
    },
];

#[function_component(App)]
pub fn app() -> Html {
    let (scenario, settled) = use_scenario_root();
    let presentation = use_presentation();
    let presenting = presentation.0.active;
    use_effect_with((), |_| super::offline::register());
    super::print::use_print_opens_details();
    let on_present = {
        let presentation = presentation.clone();
        Callback::from(move |_: MouseEvent| {
            let reading = super::toc::current_section(SECTIONS).unwrap_or(0);
            presentation.dispatch(PresentAction::Enter(reading));
        })
    };
    html! {
        <ContextProvider<ScenarioHandle> context={scenario}>
        <ContextProvider<SettledScenario> context={settled}>
          <div class={classes!("page", presenting.then_some("presenting"))}>
            <a class="skip-link" href="#story">{ "Skip to the story" }</a>
            <header class="masthead">
                <div class="masthead-inner">
                    <p class="kicker">{ "Hashwatt · an interactive explainer" }</p>
                    <h1>
                        <span class="btc">{ "Bitcoin mining" }</span>{ " moved into a few farms and pools. " }
                        <span class="ai">{ "AI" }</span>{ " may move the other way." }
                    </h1>
                    <p class="dek">
                        { "Why the work of securing Bitcoin left home computers for industrial farms with \
                           cheap power, what that means for who controls it, and why AI might travel from \
                           data centres toward the devices in our pockets." }
                    </p>
                </div>
            </header>
            if presenting {
                <PresentBar state={presentation} />
            }
            <div class="layout">
                <Toc sections={SECTIONS} {on_present} />
                <main id="main">
                    <StorySection />
                    <MineSection />
                    <EconomicsSection />
                    <SimulateSection />
                    <CentralizationSection />
                    <AiSection />
                    <GlossarySection />
                    <FaqSection />
                    <SourcesSection />
                </main>
            </div>
            <footer class="colophon">
                <p>
                    { "Hashwatt runs entirely in your browser: no data leaves the page, nothing is stored, \
                       and the miner starts only when you press Start. Every figure names its source and date \
                       in " }
                    <a href="#sources">{ "Sources" }</a>{ "." }
                </p>
            </footer>
          </div>
        </ContextProvider<SettledScenario>>
        </ContextProvider<ScenarioHandle>>
    }
}
