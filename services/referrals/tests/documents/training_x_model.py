"""The model of training_x: training_w's model, unchanged (a referral as written, and the
truth a careful officer would record from it). Kept as its own name so that training_x's
specs and layouts read as they were written."""

from training_w_model import RISKS, Kid, Parent, Spec, Worker, gaps, risks, truth

__all__ = ["RISKS", "Kid", "Parent", "Spec", "Worker", "gaps", "risks", "truth"]
