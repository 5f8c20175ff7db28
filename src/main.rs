use std::process::ExitCode;

use clap::Parser;
use corroborate::cli::{Cli, Command, run_compare};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Compare(args)) => run_compare(&args),
        None => run_gui(cli.files),
    }
}

#[cfg(feature = "gui")]
fn run_gui(files: Vec<std::path::PathBuf>) -> ExitCode {
    corroborate::app::run(files)
}

#[cfg(not(feature = "gui"))]
fn run_gui(_files: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!("corroborate: built without the window; use `corroborate compare FILE...`");
    ExitCode::from(2)
}
