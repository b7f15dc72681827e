import ArgumentParser

Frontline.mainWithOneLineErrors()
