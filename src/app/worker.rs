//! The analysis thread: loads inputs, compares, re-groups; streams results back.
//! Each job carries a generation number; a newer job cancels the running one and stale
//! results are dropped.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use crate::compare::{Analysis, analyse};
use crate::ingest;
use crate::report::{self, Comparison, Settings};

use super::state::{Input, InputError};

pub enum Job {
    Analyse {
        inputs: Vec<Input>,
        settings: Settings,
    },
    Regroup {
        settings: Settings,
    },
    OpenReport {
        path: std::path::PathBuf,
    },
}

/// What the worker sends back.
pub enum Reply {
    Progress {
        generation: u64,
        stage: String,
    },
    Done {
        generation: u64,
        comparison: Option<Arc<Comparison>>,
        /// None when the inputs were not read again (a re-grouping).
        errors: Option<Vec<InputError>>,
    },
    /// A saved report, restored as it was saved; its sources become the inputs.
    Opened {
        generation: u64,
        comparison: Arc<Comparison>,
        inputs: Vec<Input>,
    },
    Failed {
        generation: u64,
        message: String,
    },
}

/// The UI's handle on the worker thread.
pub struct Worker {
    jobs: Sender<(u64, Job, Arc<AtomicBool>)>,
    replies: Receiver<Reply>,
    generation: u64,
    cancel: Arc<AtomicBool>,
    /// The latest stage of the running job, or None when idle.
    pub busy: Option<String>,
}

impl Worker {
    /// Starts the thread; `wake` is called whenever a reply is ready (request_repaint).
    pub fn spawn(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_rx) = channel::<(u64, Job, Arc<AtomicBool>)>();
        let (reply_tx, replies) = channel();
        std::thread::Builder::new()
            .name("corroborate-analysis".to_owned())
            .spawn(move || run(job_rx, reply_tx, wake))
            .expect("spawn the analysis thread");
        Self {
            jobs,
            replies,
            generation: 0,
            cancel: Arc::new(AtomicBool::new(false)),
            busy: None,
        }
    }

    /// Queues a job, cancelling the running one.
    pub fn submit(&mut self, job: Job) {
        self.cancel.store(true, Ordering::Relaxed);
        self.cancel = Arc::new(AtomicBool::new(false));
        self.generation += 1;
        self.busy = Some("Starting…".to_owned());
        // A send fails only if the thread died; the UI then stays on the previous result.
        let _ = self.jobs.send((self.generation, job, self.cancel.clone()));
    }

    /// Replies of the current generation, in order; stale ones are dropped.
    pub fn poll(&mut self) -> Vec<Reply> {
        let mut out = Vec::new();
        while let Ok(reply) = self.replies.try_recv() {
            let generation = match &reply {
                Reply::Progress { generation, .. }
                | Reply::Done { generation, .. }
                | Reply::Opened { generation, .. }
                | Reply::Failed { generation, .. } => *generation,
            };
            if generation != self.generation {
                continue;
            }
            match &reply {
                Reply::Progress { stage, .. } => self.busy = Some(stage.clone()),
                _ => self.busy = None,
            }
            out.push(reply);
        }
        out
    }
}

fn run(jobs: Receiver<(u64, Job, Arc<AtomicBool>)>, replies: Sender<Reply>, wake: impl Fn()) {
    // The analysis of the current sources, kept so the threshold can change cheaply.
    let analysis: Mutex<Option<Analysis>> = Mutex::new(None);
    let send = |reply: Reply| {
        let _ = replies.send(reply);
        wake();
    };
    while let Ok(mut next) = jobs.recv() {
        // Only the newest queued job matters.
        while let Ok(newer) = jobs.try_recv() {
            // A pending Analyse must not be lost behind a Regroup.
            if matches!(next.1, Job::Analyse { .. }) && matches!(newer.1, Job::Regroup { .. }) {
                if let (Job::Analyse { inputs, .. }, Job::Regroup { settings }) = (&next.1, newer.1)
                {
                    next = (
                        newer.0,
                        Job::Analyse {
                            inputs: inputs.clone(),
                            settings,
                        },
                        newer.2,
                    );
                }
            } else {
                next = newer;
            }
        }
        let (generation, job, cancel) = next;
        let progress = |stage: &str| {
            send(Reply::Progress {
                generation,
                stage: stage.to_owned(),
            })
        };
        let mut slot = analysis.lock().unwrap_or_else(|e| e.into_inner());
        let (settings, errors) = match job {
            Job::Analyse { inputs, settings } => {
                let mut sources = Vec::new();
                let mut errors = Vec::new();
                for (i, input) in inputs.iter().enumerate() {
                    progress(&format!(
                        "Reading {} ({}/{})",
                        input.name(),
                        i + 1,
                        inputs.len()
                    ));
                    let loaded = match input {
                        Input::File(path) => ingest::load_path(path),
                        Input::Text { name, text } => ingest::from_text(name, text),
                        Input::Source(source) => Ok((**source).clone()),
                    };
                    match loaded {
                        Ok(s) => sources.push(s),
                        Err(e) => errors.push(InputError {
                            name: input.name(),
                            reason: e.reason,
                        }),
                    }
                }
                if sources.len() < 2 {
                    *slot = None;
                    send(Reply::Done {
                        generation,
                        comparison: None,
                        errors: Some(errors),
                    });
                    continue;
                }
                progress(&format!("Aligning {} sources", sources.len()));
                match analyse(sources, &cancel) {
                    Ok(a) => *slot = Some(a),
                    Err(_) => continue,
                }
                (settings, Some(errors))
            }
            Job::Regroup { settings } => (settings, None),
            Job::OpenReport { path } => {
                progress(&format!("Opening {}", path.display()));
                match open_report(&path, &cancel) {
                    Ok((comparison, a)) => {
                        let inputs = a
                            .sources()
                            .iter()
                            .cloned()
                            .map(|s| Input::Source(Box::new(s)))
                            .collect();
                        *slot = Some(a);
                        send(Reply::Opened {
                            generation,
                            comparison: Arc::new(comparison),
                            inputs,
                        });
                    }
                    Err(Some(message)) => send(Reply::Failed {
                        generation,
                        message,
                    }),
                    Err(None) => {}
                }
                continue;
            }
        };
        let Some(a) = slot.as_ref() else {
            send(Reply::Done {
                generation,
                comparison: None,
                errors,
            });
            continue;
        };
        if cancel.load(Ordering::Relaxed) {
            continue;
        }
        progress("Grouping claims");
        let comparison = Arc::new(a.comparison(&settings));
        send(Reply::Done {
            generation,
            comparison: Some(comparison),
            errors,
        });
    }
}

/// Reads a saved report and analyses its embedded sources, so the strictness can change
/// afterwards. Err(None) means cancelled.
fn open_report(
    path: &std::path::Path,
    cancel: &AtomicBool,
) -> Result<(Comparison, Analysis), Option<String>> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Some(format!("{shown}: cannot be read ({e})")))?;
    let comparison = report::json::from_str(&text).map_err(|e| Some(format!("{shown}: {e}")))?;
    let sources = comparison
        .sources
        .iter()
        .map(|s| ingest::Source {
            name: s.name.clone(),
            path: s.path.clone(),
            title: s.title.clone(),
            text: s.text.clone(),
            format: s.format,
            encoding: s.encoding.clone(),
            byline: s.byline.clone(),
            site: s.site.clone(),
            published: s.published.clone(),
        })
        .collect();
    let analysis = analyse(sources, cancel).map_err(|_| None)?;
    Ok((comparison, analysis))
}
