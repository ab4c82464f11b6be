"""Issue 15, the lead's review of round 19: a reading that dropped a paper of a list nobody had
read. The test fails on round 19's merged code before the fix."""

from __future__ import annotations

from .conftest import papers_in


def test_a_publishers_dated_page_is_no_blog_post() -> None:
    # A blog engine dates its posts to the day in the path; so does a publisher's early-access
    # page. Only the first says "post": a paper host's page stays a paper.
    md = ("# Awesome Robot Control\n\n## Papers\n\n"
          "* [Adaptive Human-Inspired Compliant Contact Primitives to Perform Surface-Surface"
          " Contact under Uncertainty](http://ijr.sagepub.com/content/early/2016/07/06/"
          "0278364916648389)\n"
          "* [Input Convex Neural Networks](https://arxiv.org/abs/1609.07152)\n"
          "* [Neural Episodic Control](https://arxiv.org/abs/1703.01988)\n")
    assert len(papers_in(md)) == 3
    blog = md.replace("http://ijr.sagepub.com/content/early/2016/07/06/0278364916648389",
                      "https://someone.github.io/2016/07/06/contact-primitives/")
    assert len(papers_in(blog)) == 2
