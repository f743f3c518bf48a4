import JobsiteCLI

Jobsite.main()
