"""phoihop collect: a polite, resumable collector of news articles (issue 10)."""
