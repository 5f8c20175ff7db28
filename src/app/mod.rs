//! The window.
pub fn run(_files: Vec<std::path::PathBuf>) -> std::process::ExitCode {
    std::process::ExitCode::SUCCESS
}
