import ArgumentParser

Frontline.main()
