import JobsiteCLI
