//! The analysis thread: loads inputs, compares, re-groups; streams results back as
//! [`WorkerEvent`]s, which the app hands to `AppState::handle`. Each job carries a
//! generation number; a newer job cancels the running one and stale results are dropped.
//! Files are written on a second thread, so saving never waits behind an analysis nor
//! blocks the window, and a new analysis never cancels a save.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use crate::compare::{Analysis, analyse};
use crate::ingest;
use crate::report::{self, Comparison, Correction, Settings, write_atomic};

use super::state::{Input, InputError, WorkerEvent, WriteJob};

pub enum Job {
    Analyse {
        inputs: Vec<Input>,
        settings: Settings,
        corrections: Vec<Correction>,
    },
    Regroup {
        settings: Settings,
        corrections: Vec<Correction>,
    },
    OpenReport {
        path: std::path::PathBuf,
    },
}

/// What the threads send back: an event, and the generation of the job it answers
/// (None for writes, which are never stale).
struct Reply {
    generation: Option<u64>,
    event: WorkerEvent,
}

/// The UI's handle on the worker threads.
pub struct Worker {
    jobs: Sender<(u64, Job, Arc<AtomicBool>)>,
    writes: Sender<WriteJob>,
    replies: Receiver<Reply>,
    generation: u64,
    cancel: Arc<AtomicBool>,
    /// Answers for writes the writer thread could not take.
    orphans: Vec<WorkerEvent>,
}

impl Worker {
    /// Starts the threads; `wake` is called whenever a reply is ready (request_repaint).
    pub fn spawn(wake: impl Fn() + Send + Sync + 'static) -> Self {
        let (jobs, job_rx) = channel::<(u64, Job, Arc<AtomicBool>)>();
        let (writes, write_rx) = channel::<WriteJob>();
        let (reply_tx, replies) = channel();
        let wake = Arc::new(wake);
        let (write_reply, write_wake) = (reply_tx.clone(), wake.clone());
        std::thread::Builder::new()
            .name("corroborate-analysis".to_owned())
            .spawn(move || run(job_rx, reply_tx, move || (*wake)()))
            .expect("spawn the analysis thread");
        std::thread::Builder::new()
            .name("corroborate-writer".to_owned())
            .spawn(move || write_files(write_rx, write_reply, move || (*write_wake)()))
            .expect("spawn the writer thread");
        Self {
            jobs,
            writes,
            replies,
            generation: 0,
            cancel: Arc::new(AtomicBool::new(false)),
            orphans: Vec::new(),
        }
    }

    /// Queues a job, cancelling the running one.
    pub fn submit(&mut self, job: Job) {
        self.cancel.store(true, Ordering::Relaxed);
        self.cancel = Arc::new(AtomicBool::new(false));
        self.generation += 1;
        // A send fails only if the thread died; the UI then stays on the previous result.
        let _ = self.jobs.send((self.generation, job, self.cancel.clone()));
    }

    /// Cancels the running job without starting another: whatever it still reports is
    /// dropped. (A fetch under way ends at its timeout; the next job waits for it.)
    pub fn cancel(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        self.cancel = Arc::new(AtomicBool::new(false));
        self.generation += 1;
    }

    /// Queues a file to write; every write is answered with [`WorkerEvent::Written`].
    pub fn write(&mut self, job: WriteJob) {
        if let Err(failed) = self.writes.send(job) {
            // The writer thread is gone: answer here so the window does not wait forever.
            let WriteJob { output, path, .. } = failed.0;
            self.orphans.push(WorkerEvent::Written {
                output,
                path,
                result: Err("the writer thread stopped".to_owned()),
            });
        }
    }

    /// Events of the current generation and of writes, in order; stale ones are dropped.
    pub fn poll(&mut self) -> Vec<WorkerEvent> {
        let mut out = std::mem::take(&mut self.orphans);
        while let Ok(reply) = self.replies.try_recv() {
            if reply.generation.is_none_or(|g| g == self.generation) {
                out.push(reply.event);
            }
        }
        out
    }
}

/// Renders and writes files, one after another.
fn write_files(jobs: Receiver<WriteJob>, replies: Sender<Reply>, wake: impl Fn()) {
    while let Ok(job) = jobs.recv() {
        let rendered = job.output.render(&job.comparison);
        let result = write_atomic(&job.path, rendered.as_bytes());
        let _ = replies.send(Reply {
            generation: None,
            event: WorkerEvent::Written {
                output: job.output,
                path: job.path,
                result,
            },
        });
        wake();
    }
}

fn run(jobs: Receiver<(u64, Job, Arc<AtomicBool>)>, replies: Sender<Reply>, wake: impl Fn()) {
    // The analysis of the current sources, kept so the threshold can change cheaply.
    let analysis: Mutex<Option<Analysis>> = Mutex::new(None);
    let send = |generation: u64, event: WorkerEvent| {
        let _ = replies.send(Reply {
            generation: Some(generation),
            event,
        });
        wake();
    };
    while let Ok(mut next) = jobs.recv() {
        // Only the newest queued job matters.
        while let Ok(newer) = jobs.try_recv() {
            // A pending Analyse must not be lost behind a Regroup.
            if matches!(next.1, Job::Analyse { .. }) && matches!(newer.1, Job::Regroup { .. }) {
                if let (
                    Job::Analyse { inputs, .. },
                    Job::Regroup {
                        settings,
                        corrections,
                    },
                ) = (&next.1, newer.1)
                {
                    next = (
                        newer.0,
                        Job::Analyse {
                            inputs: inputs.clone(),
                            settings,
                            corrections,
                        },
                        newer.2,
                    );
                }
            } else {
                next = newer;
            }
        }
        let (generation, job, cancel) = next;
        let progress = |stage: &str| send(generation, WorkerEvent::Progress(stage.to_owned()));
        let mut slot = analysis.lock().unwrap_or_else(|e| e.into_inner());
        let (settings, corrections, errors) = match job {
            Job::Analyse {
                inputs,
                settings,
                corrections,
            } => {
                let mut sources = Vec::new();
                let mut errors = Vec::new();
                for (i, input) in inputs.iter().enumerate() {
                    // A fetch can take up to its timeout: a newer job need not wait for the
                    // rest of this one's pages.
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    let verb = if matches!(input, Input::Url(_)) {
                        "Fetching"
                    } else {
                        "Reading"
                    };
                    progress(&format!(
                        "{verb} {} ({}/{})",
                        input.name(),
                        i + 1,
                        inputs.len()
                    ));
                    let loaded = match input {
                        Input::File(path) => ingest::load_path(path),
                        Input::Url(url) => ingest::web::fetch(url),
                        Input::Text { name, text } => ingest::from_text(name, text),
                        Input::Source(source) => Ok((**source).clone()),
                    };
                    match loaded {
                        Ok(s) => sources.push(s),
                        Err(e) => errors.push(InputError {
                            input: i,
                            name: input.name(),
                            reason: e.reason,
                        }),
                    }
                }
                if cancel.load(Ordering::Relaxed) {
                    continue;
                }
                if sources.len() < 2 {
                    *slot = None;
                    send(
                        generation,
                        WorkerEvent::Compared {
                            comparison: None,
                            errors: Some(errors),
                        },
                    );
                    continue;
                }
                progress(&format!("Aligning {} sources", sources.len()));
                match analyse(sources, &cancel) {
                    Ok(a) => *slot = Some(a),
                    Err(_) => continue,
                }
                (settings, corrections, Some(errors))
            }
            Job::Regroup {
                settings,
                corrections,
            } => (settings, corrections, None),
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
                        send(
                            generation,
                            WorkerEvent::Opened {
                                comparison: Arc::new(comparison),
                                inputs,
                            },
                        );
                    }
                    Err(Some(message)) => send(generation, WorkerEvent::OpenFailed(message)),
                    Err(None) => {}
                }
                continue;
            }
        };
        let Some(a) = slot.as_ref() else {
            send(
                generation,
                WorkerEvent::Compared {
                    comparison: None,
                    errors,
                },
            );
            continue;
        };
        if cancel.load(Ordering::Relaxed) {
            continue;
        }
        progress("Grouping claims");
        let comparison = Arc::new(a.corrected(&settings, &corrections));
        send(
            generation,
            WorkerEvent::Compared {
                comparison: Some(comparison),
                errors,
            },
        );
    }
}

/// Reads a saved report and analyses its embedded sources, so the strictness can change
/// afterwards. Err(None) means cancelled.
fn open_report(
    path: &std::path::Path,
    cancel: &AtomicBool,
) -> Result<(Comparison, Analysis), Option<String>> {
    let shown = path.display();
    let comparison = report::json::read(path).map_err(|e| Some(format!("{shown}: {e}")))?;
    let sources = comparison
        .sources
        .iter()
        .map(|s| s.source.clone())
        .collect();
    let analysis = analyse(sources, cancel).map_err(|_| None)?;
    Ok((comparison, analysis))
}
