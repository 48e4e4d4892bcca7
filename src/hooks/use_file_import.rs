//! Reading a file the person picks, parsed by the core, for every import flow (an export of
//! everything on Your data, a collection in the Library): one state machine, one place.
use crate::messages::Problem;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where an import stands.
#[derive(Debug)]
pub enum Import<T> {
    Idle,
    Reading,
    /// Parsed and waiting for the person to confirm.
    Ready(Rc<T>),
    /// The file could not be read or parsed (`crate::messages::problem` words it).
    Failed(Rc<Problem>),
}

impl<T> Clone for Import<T> {
    fn clone(&self) -> Self {
        match self {
            Import::Idle => Import::Idle,
            Import::Reading => Import::Reading,
            Import::Ready(t) => Import::Ready(t.clone()),
            Import::Failed(e) => Import::Failed(e.clone()),
        }
    }
}

/// A file import: give `input` to the `<input type="file">` and `onchange` to its change event.
pub struct FileImport<T> {
    state: UseStateHandle<Import<T>>,
    pub input: NodeRef,
    pub onchange: Callback<Event>,
}

impl<T> Clone for FileImport<T> {
    fn clone(&self) -> Self {
        FileImport {
            state: self.state.clone(),
            input: self.input.clone(),
            onchange: self.onchange.clone(),
        }
    }
}

impl<T> FileImport<T> {
    pub fn state(&self) -> &Import<T> {
        &self.state
    }
    /// Forgets the file: back to idle, with the file input cleared so the same file can be picked again.
    pub fn reset(&self) {
        if let Some(input) = self.input.cast::<HtmlInputElement>() {
            input.set_value("");
        }
        self.state.set(Import::Idle);
    }
}

/// Reads the picked file as text and parses it with `parse`.
#[hook]
pub fn use_file_import<T: 'static>(parse: fn(&str) -> Result<T, Problem>) -> FileImport<T> {
    let state = use_state(|| Import::<T>::Idle);
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let input = use_node_ref();
    let onchange = {
        let (state, reader) = (state.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let picked: HtmlInputElement = e.target_unchecked_into();
            if picked.files().map_or(0, |f| f.length()) == 0 {
                state.set(Import::Idle); // the picker was closed without a file
                return;
            }
            let finished = {
                let (state, reader) = (state.clone(), reader.clone());
                Callback::from(move |text: Result<String, crate::platform::FileProblem>| {
                    state.set(match text.map_err(Problem::File).and_then(|t| parse(&t)) {
                        Ok(v) => Import::Ready(Rc::new(v)),
                        Err(e) => Import::Failed(Rc::new(e)),
                    });
                    reader.borrow_mut().take();
                })
            };
            state.set(Import::Reading);
            *reader.borrow_mut() = crate::platform::read_text_file(&picked, finished);
        })
    };
    FileImport {
        state,
        input,
        onchange,
    }
}
