import ArgumentParser
import Foundation

// Every file Frontline creates (the database, its WAL and SHM, phrases.toml, their folders)
// is its owner's alone, whatever umask the shell left: customer data is personal.
umask(0o077)
Frontline.mainWithOneLineErrors()
