// GNU readline for Swift. readline's configuration lives in mutable C globals, which Swift 6 rejects
// as shared mutable state; these setters keep every global behind a function call.
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <readline/readline.h>
#include <readline/history.h>

static inline void rlshim_set_attempted_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void rlshim_set_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void rlshim_set_completion_append(int c) { rl_completion_append_character = c; }
static inline int rlshim_history_length(void) { return history_length; }
static inline void rlshim_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void rlshim_set_signal_event_hook(rl_hook_func_t *f) { rl_signal_event_hook = f; }
static inline void rlshim_set_readline_name(const char *name) { rl_readline_name = name; }
static inline const char *rlshim_line_buffer(void) { return rl_line_buffer; }
static inline void rlshim_set_done(int v) { rl_done = v; }

// Line editing (Sources/PanduShell/LineEditing) also needs these.
static inline void rlshim_set_getc_function(rl_getc_func_t *f) { rl_getc_function = f; }
static inline void rlshim_set_change_environment(int v) { rl_change_environment = v; }
static inline void rlshim_set_word_break_characters(const char *s) { rl_completer_word_break_characters = s; }
static inline const char *rlshim_last_history_line(void) {
    HIST_ENTRY *entry = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    return entry ? entry->line : NULL;
}
