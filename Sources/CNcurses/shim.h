// Wide-character ncurses: the _XOPEN_SOURCE_EXTENDED API (get_wch, setcchar, mvadd_wch).
#ifndef FRONTLINE_CNCURSES_SHIM_H
#define FRONTLINE_CNCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#endif
