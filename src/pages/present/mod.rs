//! Presenter mode (`present.html`): one scenario at a time on a projector, driven from the keyboard (or the
//! toolbar's buttons), for the built-in quiz or any other (an address or a share link). The room votes by
//! show of hands and the instructor counts.

mod class;
mod page;
mod phones;
mod slide;
mod state;
mod toolbar;

pub use class::{ClassView, ClassViewProps};
pub use page::{PresentPage, PresentPageProps, start};
pub use state::restore_class;
